using A11yFeed.Sources;
using A11yFeed.Tests.Fetching;
using Microsoft.Extensions.DependencyInjection;

namespace A11yFeed.Tests.Sources;

public sealed class PageSourceReaderTests : IAsyncLifetime
{
    private const string ListPath = "/zwgk/ldjh/index.html";

    private LoopbackSite _site = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _site = await LoopbackSite.StartAsync();
        _site.Map(ListPath, 200, "text/html", FetchingFixtures.Bytes("list-gbk.html"));
        _services = FetchingServices.Build();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _site.DisposeAsync();
    }

    [Fact]
    public async Task Read_WithoutSelector_FindsTheTenSpeechesOnly()
    {
        var items = await Read(null);

        Assert.Equal(10, items.Count);
        Assert.Equal("市长在全市经济工作会议上的讲话", items[0].Title);
        Assert.Equal(_site.Url("/zwgk/ldjh/202403/t20240305_1001.html"), items[0].Url);
        Assert.Equal(_site.Url("/zwgk/ldjh/202401/t20240110_1010.html"), items[9].Url);
        Assert.All(items, item => Assert.StartsWith(_site.Url("/zwgk/ldjh/").AbsoluteUri, item.Url.AbsoluteUri));
    }

    [Fact]
    public async Task Read_WithSelector_TakesExactlyWhatItMatches()
    {
        var items = await Read("div.side ul.hot a");

        Assert.Equal(["全市春耕备耕工作有序推进中", "我市新增三条公交线路方便出行"], items.Select(i => i.Title));
        Assert.Equal(_site.Url("/xwzx/202403/t20240302_5001.html"), items[0].Url);
    }

    [Fact]
    public async Task Read_WithListSelector_MatchesTheAutomaticResult()
    {
        var bySelector = await Read("ul.list li");
        var automatic = await Read(null);

        Assert.Equal(automatic.Select(i => i.Url), bySelector.Select(i => i.Url));
    }

    // A list page could make the service read and publish local files: links on the web are http(s) only.
    [Theory]
    [InlineData(null)]
    [InlineData("ul.list a")]
    public async Task Read_FileLinks_AndAFileBase_FindNothingLocal(string? selector)
    {
        const string hostile = "/hostile/list.html";
        _site.Map(hostile, 200, "text/html; charset=utf-8", System.Text.Encoding.UTF8.GetBytes("""
            <html><head><base href="file:///etc/"></head><body><ul class="list">
            <li><a href="file:///etc/passwd">市政府关于加强社区养老服务的通知全文</a></li>
            <li><a href="/news/2024/t20240301_1.html">市政府关于加强社区养老服务的通知</a></li>
            <li><a href="hostname">市政府关于公布二〇二四年重点民生实事的通知</a></li>
            <li><a href="FILE:/root/.ssh/id_rsa">市政府办公室关于进一步做好春耕工作的意见</a></li>
            </ul></body></html>
            """));

        var items = await Read(selector, hostile);

        Assert.All(items, item => Assert.Equal("http", item.Url.Scheme));
        Assert.Contains(items, item => item.Url == _site.Url("/news/2024/t20240301_1.html"));
    }

    private async Task<IReadOnlyList<DiscoveredItem>> Read(string? selector, string path = ListPath)
    {
        var source = new SourceDefinition
        {
            Id = "ldjh",
            Title = "领导讲话",
            Kind = SourceKind.Page,
            Location = _site.Url(path).AbsoluteUri,
            LinkSelector = selector,
        };
        return (await _services.GetRequiredService<SourceReader>().ReadAsync(source, null, default)).Items;
    }
}
