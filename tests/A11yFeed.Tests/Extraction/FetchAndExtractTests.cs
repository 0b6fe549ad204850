using System.Text;
using A11yFeed.Cli;
using A11yFeed.Extraction;
using A11yFeed.Fetching;
using A11yFeed.Tests.Fetching;
using Microsoft.Extensions.DependencyInjection;

namespace A11yFeed.Tests.Extraction;

/// <summary>Whole pages through the real fetch and extract path: a loopback server or local files, then the extractor.</summary>
public sealed class FetchAndExtractTests : IAsyncLifetime
{
    private static readonly Encoding Gbk;
    private readonly ServiceProvider _services = FetchingServices.Build();
    private readonly string _folder = Directory.CreateTempSubdirectory("a11yfeed-extract-").FullName;
    private LoopbackSite _site = null!;

    static FetchAndExtractTests()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Gbk = Encoding.GetEncoding("GBK");
    }

    public async Task InitializeAsync() => _site = await LoopbackSite.StartAsync();

    public async Task DisposeAsync()
    {
        await _site.DisposeAsync();
        await _services.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    private ArticleLoader Articles => new(_services.GetRequiredService<ArticlePageLoader>());

    private static string Paragraphs(int page) => string.Concat(Enumerable.Range(1, 3).Select(i =>
        $"<p>第{page}页第{i}段：青柳县今年新修了十二座便民桥，方便村民过河赶集，老人们再也不用绕远路了。</p>"));

    // The pager as county sites print it: every page links to every other, so the walk must not loop.
    private static string SplitPage(int page) => $"""
        <html><head><meta charset="gbk"><title>青柳县新修十二座便民桥</title></head><body>
        <div class="nav"><a href="/">首页</a> | <a href="/news/">新闻</a> | <a href="/gov/">政务</a></div>
        <h1>青柳县新修十二座便民桥</h1><div class="info">来源：青柳县融媒体中心 发布时间：2024-05-06 09:30</div>
        <div class="content">{Paragraphs(page)}
        <div class="pages">共3页 {(page > 1 ? $"<a href=\"{Name(page - 1)}\">上一页</a>" : "")}
        <a href="t20240506_881.html">1</a> <a href="t20240506_881_2.html">2</a> <a href="t20240506_881_3.html">3</a>
        {(page < 3 ? $"<a href=\"{Name(page + 1)}\">下一页</a>" : "")}</div></div>
        <div class="footer">版权所有：青柳县人民政府 ICP备00000000号</div></body></html>
        """;

    private static string Name(int page) => page == 1 ? "t20240506_881.html" : $"t20240506_881_{page}.html";

    private void MapSplitArticle()
    {
        for (var page = 1; page <= 3; page++)
        {
            _site.Map("/news/" + Name(page), 200, "text/html; charset=gbk", Gbk.GetBytes(SplitPage(page)));
        }
    }

    [Fact]
    public async Task Extract_ArticleSplitOverThreeGbkPages_JoinsEveryPageOnce()
    {
        MapSplitArticle();
        var url = _site.Url("/news/" + Name(1));
        var first = await _services.GetRequiredService<DocumentLoader>().LoadAsync(url, null, null, default);
        var extractor = new ArticleExtractor();
        var article = extractor.Extract(first.Text, url, first.MediaType).Article!;

        var joined = await new PagedArticleJoiner(extractor).JoinAsync(article, first.Text, url, async (u, ct) =>
        {
            var page = await _services.GetRequiredService<DocumentLoader>().LoadAsync(u, null, null, ct);
            return (page.Text, page.MediaType);
        }, null, default);

        var expected = Enumerable.Range(1, 3).SelectMany(p => Enumerable.Range(1, 3).Select(i => $"第{p}页第{i}段")).ToList();
        Assert.Equal(expected, joined.Paragraphs.Select(p => p[..6]));
        Assert.DoesNotContain("下一页", joined.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("共3页", joined.Text, StringComparison.Ordinal);
        Assert.Equal("青柳县新修十二座便民桥", joined.Title);
        Assert.All(Enumerable.Range(1, 3), p => Assert.Equal(1, _site.RequestCount("/news/" + Name(p))));
    }

    [Fact]
    public async Task ArticleLoader_CommandLinePath_JoinsTheSplitArticle()
    {
        MapSplitArticle();

        var (_, article, error) = await Articles.LoadAsync(_site.Url("/news/" + Name(1)).AbsoluteUri, default);

        Assert.True(article is not null, error);
        Assert.Equal(9, article.Paragraphs.Count);
        Assert.StartsWith("第3页第3段", article.Paragraphs[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_MissingFurtherPage_KeepsThePagesRead()
    {
        _site.Map("/news/" + Name(1), 200, "text/html; charset=gbk", Gbk.GetBytes(SplitPage(1)));

        var (_, article, error) = await Articles.LoadAsync(_site.Url("/news/" + Name(1)).AbsoluteUri, default);

        Assert.True(article is not null, error);
        Assert.Equal(3, article.Paragraphs.Count);
    }

    private const string Story = """
        <html><head><meta http-equiv="Content-Type" content="text/html; charset={0}"><title>老年大学秋季招生</title></head><body>
        <h1>老年大学秋季招生</h1><p>青柳县老年大学秋季班开始报名，今年新开书法、合唱和智能手机三门课程，欢迎六十岁以上的居民报名。</p>
        <p>报名时间为九月一日至九月十五日，地点在县文化馆二楼，报名时请带身份证和一张近照。</p></body></html>
        """;

    [Theory]
    [InlineData("gb2312", "utf-8")]
    [InlineData("utf-8", "gbk")]
    public async Task Extract_DeclaredCharsetThatLies_StillReadsTheText(string declared, string served)
    {
        var html = Story.Replace("{0}", declared, StringComparison.Ordinal);
        _site.Map("/lie.html", 200, $"text/html; charset={declared}", Encoding.GetEncoding(served).GetBytes(html));

        var (_, article, error) = await Articles.LoadAsync(_site.Url("/lie.html").AbsoluteUri, default);

        Assert.True(article is not null, error);
        Assert.Equal("老年大学秋季招生", article.Title);
        Assert.Contains("智能手机三门课程", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain('\uFFFD', article.Text);
    }

    [Fact]
    public async Task ArticleLoader_TwentyMegabyteLocalFile_FailsQuicklyWithoutReadingIt()
    {
        var path = Path.Combine(_folder, "huge.html");
        await using (var file = File.Create(path))
        {
            var chunk = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("<p>很长很长的页面。</p>", 4000)));
            while (file.Length < 20 * 1024 * 1024)
            {
                await file.WriteAsync(chunk);
            }
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var loading = Articles.LoadAsync(path, default);
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        var completedAtOnce = loading.IsCompleted; // the size is checked before any read
        var (_, article, error) = await loading;

        Assert.Null(article);
        Assert.Contains("byte limit", error, StringComparison.Ordinal);
        Assert.True(completedAtOnce);
        Assert.True(allocated < 1024 * 1024, $"allocated {allocated} bytes");
    }

    [Fact]
    public async Task ArticleLoader_PageUnderTheFetchLimitButTooLongToExtract_SaysSo()
    {
        var path = Path.Combine(_folder, "long.html");
        await File.WriteAllTextAsync(path, "<html><body>" + string.Concat(Enumerable.Repeat("<p>很长的页面。</p>", 400_000)) + "</body></html>");

        var (_, article, error) = await Articles.LoadAsync(path, default);

        // How little work the refusal costs is Extract_TwentyMegabytePageFailsQuickly's to check.
        Assert.Null(article);
        Assert.Contains("too large", error, StringComparison.Ordinal);
        Assert.Contains($"limit {ArticleExtractor.MaxContentLength}", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ArticleLoader_BinaryServedAsHtml_GivesAClearError()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        _site.Map("/photo.html", 200, "text/html", bytes);

        var (_, article, error) = await Articles.LoadAsync(_site.Url("/photo.html").AbsoluteUri, default);

        Assert.Null(article);
        Assert.Contains("binary", error, StringComparison.OrdinalIgnoreCase);
    }
}
