using System.Text;
using A11yFeed.Extraction;

namespace A11yFeed.Tests.Extraction;

/// <summary>Pages without an article are normal input: a clear failure, never an exception.</summary>
public class ArticleExtractorBadInputTests
{
    private static readonly Uri Url = new("https://example.org/a");

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t  ")]
    public void Extract_EmptyContentFails(string content)
    {
        var result = new ArticleExtractor().Extract(content, Url);

        Assert.Null(result.Article);
        Assert.Contains("empty", result.Error, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Extract_AllNavigationPageFails()
    {
        const string html = """
            <html><head><title>首页_某某市人民政府</title></head><body>
            <div class="nav"><a href="/">首页</a> | <a href="/zw">政务公开</a> | <a href="/bs">办事服务</a></div>
            <div>您当前的位置：首页 &gt; 政务公开</div>
            <ul><li><a href="/1">通知一</a></li><li><a href="/2">通知二</a></li></ul>
            <div class="footer">网站地图 | 联系我们 版权所有 某ICP备00000000号</div>
            </body></html>
            """;

        var result = new ArticleExtractor().Extract(html, Url, "text/html");

        Assert.Null(result.Article);
        Assert.Contains("No article text", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_BinaryGarbageFails()
    {
        var bytes = new byte[20_000];
        new Random(7).NextBytes(bytes);
        var garbage = Encoding.Latin1.GetString(bytes);

        var result = new ArticleExtractor().Extract(garbage, Url);

        Assert.Null(result.Article);
        Assert.Contains("binary", result.Error, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Extract_TwentyMegabytePageFailsQuickly()
    {
        var huge = "<html><body>" + new string('字', 20 * 1024 * 1024) + "</body></html>";

        var (result, allocated) = ExtractCountingAllocations(huge);

        Assert.Null(result.Article);
        Assert.Contains("too large", result.Error, StringComparison.Ordinal);
        // Quickly, counted in work rather than time: refused on its length, before any parse or copy of the page.
        Assert.True(allocated < 16 * 1024, $"allocated {allocated} bytes");
    }

    [Fact]
    public void Extract_HeavyPageStaysLinear()
    {
        // A heavy page (sloppy nesting, tens of thousands of paragraphs) must stay linear: twice the page, about
        // twice the work, counted in bytes allocated (the same every run) rather than in time.
        // Warmed up first (the first extraction in a process allocates several times more while the JIT's first tiers
        // run), and both pages under the 5,000-block cap (some 175,000 characters of these paragraphs), past which work stops growing.
        ExtractCountingAllocations(HeavyPage(80_000));
        var (half, halfAllocated) = ExtractCountingAllocations(HeavyPage(80_000));
        var (full, fullAllocated) = ExtractCountingAllocations(HeavyPage(160_000));

        Assert.NotNull(half.Article);
        Assert.NotNull(full.Article);
        var ratio = (double)fullAllocated / halfAllocated;
        Assert.InRange(ratio, 1.5, 2.6);
    }

    [Fact]
    public void Extract_ThousandsOfUnclosedContainersFailQuickly()
    {
        var page = "<html><body>" + string.Concat(Enumerable.Repeat("<div><font>", 3000)) + "<p>正文。</p></body></html>";

        var (result, allocated) = ExtractCountingAllocations(page);

        Assert.Null(result.Article);
        Assert.Contains("unclosed", result.Error, StringComparison.Ordinal);
        // Quickly, counted in work rather than time: refused by counting tags, before a tree is built.
        Assert.True(allocated < page.Length, $"allocated {allocated} bytes for a page of {page.Length} characters");
    }

    private static string HeavyPage(int length)
    {
        var page = new StringBuilder("<html><body>");
        page.Insert(page.Length, "<div>", 300);
        while (page.Length < length)
        {
            page.Append("<p>这是一段用于测试的正文，内容重复出现，用来检查处理时间。</p>");
        }

        return page.ToString();
    }

    private static (ExtractionResult Result, long Allocated) ExtractCountingAllocations(string page)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = new ArticleExtractor().Extract(page, Url);
        return (result, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void Extract_PlainTextWithoutProseFails()
    {
        var result = new ArticleExtractor().Extract("Home\nNews\nSport\nContact", Url, "text/plain");

        Assert.Null(result.Article);
        Assert.NotNull(result.Error);
    }
}
