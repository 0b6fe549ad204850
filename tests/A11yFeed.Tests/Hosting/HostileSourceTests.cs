using A11yFeed.Storage;
using A11yFeed.Tests.Fetching;
using Microsoft.EntityFrameworkCore;

namespace A11yFeed.Tests.Hosting;

/// <summary>
/// The whole service against sources written to turn it on itself: list pages linking local files (by link and
/// through a <c>&lt;base href="file:..."&gt;</c>), and a full-text feed whose items and redirects point at internal
/// addresses where the service's own admin JSON is served. Found by an outside probe of the running service,
/// which got /etc/passwd and the admin pages published; nothing of them may reach an article, episode or feed.
/// </summary>
[Collection(ApplicationCollection.Name)]
public sealed class HostileSourceTests : IAsyncLifetime
{
    private const string AdminMarker = "admin-secret-7f3a";
    private const string FileMarker = "local-secret-2c9e";
    private static readonly TimeSpan Settle = TimeSpan.FromMinutes(3);

    private readonly string _secrets = Directory.CreateTempSubdirectory("a11yfeed-secrets-").FullName;
    private LoopbackSite _site = null!;
    private A11yFeedApplication _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        var secretFile = Path.Combine(_secrets, "t20240301_1.html");
        await File.WriteAllTextAsync(secretFile, $"<html><body><h1>市政府工作报告全文公布</h1><p>{FileMarker} 这是服务器上的本地文件，绝不能被发布。</p></body></html>");
        _site = await LoopbackSite.StartAsync();
        MapHostileSite(secretFile);

        _app = new A11yFeedApplication()
            .With("Fetch:RetryDelay", "00:00:00.010")
            .WithSource("by-selector", new { title = "选择器列表", kind = "page", location = _site.Url("/selector/list.html").AbsoluteUri, linkSelector = "ul.list a", language = "zh-CN" })
            .WithSource("by-base", new { title = "自动列表", kind = "page", location = _site.Url("/base/list.html").AbsoluteUri, language = "zh-CN" })
            .WithSource("internal", new { title = "Internal links", kind = "feed", location = _site.Url("/feed.xml").AbsoluteUri, language = "en", fetchFullText = true });
        _client = _app.CreateClient();
        await _app.WaitUntilAsync(
            "the three healthy articles are ready and every internal link has failed",
            async db => await db.Articles.CountAsync(a => a.Status == ArticleStatus.Ready) == 3
                && await db.Articles.CountAsync(a => a.SourceId == "internal" && a.Status == ArticleStatus.Failed) == 2,
            Settle);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
        await _site.DisposeAsync();
        Directory.Delete(_secrets, recursive: true);
    }

    [Fact]
    public async Task ListPages_NeverMakeTheServiceReadLocalFiles()
    {
        var articles = await _app.QueryAsync(db => db.Articles.AsNoTracking().Where(a => a.SourceId != "internal").ToListAsync());

        // The base is ignored, so its relative link is a (missing) page of the same site, never the local file.
        Assert.Equal(3, articles.Count);
        Assert.All(articles, a => Assert.StartsWith("http://127.0.0.1:", a.Url, StringComparison.Ordinal));
        Assert.Equal(2, articles.Count(a => a.Status == ArticleStatus.Ready));
        Assert.DoesNotContain(articles, a => (a.Text ?? "").Contains(FileMarker, StringComparison.Ordinal) || (a.Text ?? "").Contains("root:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FeedItemsAndRedirects_NeverReachInternalAddresses()
    {
        var failed = await _app.QueryAsync(db => db.Articles.AsNoTracking().Where(a => a.SourceId == "internal" && a.Status == ArticleStatus.Failed).ToListAsync());

        Assert.Equal(2, failed.Count);
        Assert.All(failed, a => Assert.Contains("internal address", a.LastError, StringComparison.Ordinal));
        Assert.Equal(0, _site.RequestCount("/admin/sources"));
        Assert.Equal(1, _site.RequestCount("/go/admin"));
    }

    [Fact]
    public async Task Feeds_PublishNoneOfIt()
    {
        foreach (var path in new[] { "/feeds/all.rss", "/feeds/all.atom", "/feeds/all.json", "/feeds/internal.rss", "/", "/sources/internal" })
        {
            var body = await _client.GetStringAsync(path);

            Assert.DoesNotContain(AdminMarker, body, StringComparison.Ordinal);
            Assert.DoesNotContain(FileMarker, body, StringComparison.Ordinal);
            Assert.DoesNotContain("file:", body, StringComparison.Ordinal);
        }

        var rss = await _client.GetStringAsync("/feeds/all.rss");
        Assert.Equal(3, rss.Split("<enclosure ", StringSplitOptions.None).Length - 1);
    }

    private void MapHostileSite(string secretFile)
    {
        var local = new UriBuilder(_site.BaseAddress) { Host = "localhost" }.Uri;
        _site.Map("/robots.txt", LoopbackResponse.Empty(404));
        _site.Map("/admin/sources", LoopbackResponse.Text($$"""[{"id":"{{AdminMarker}}","lastError":"internal"}]""", "application/json"));
        _site.Map("/selector/list.html", LoopbackResponse.Text($"""
            <html><body><ul class="list">
            <li><a href="file:///etc/passwd">市政府关于公布二〇二四年重点民生实事的通知</a></li>
            <li><a href="{new Uri(secretFile).AbsoluteUri}">市政府工作报告全文公布</a></li>
            <li><a href="/news/2024/t20240302_2.html">市民政局推进社区养老服务中心建设</a></li>
            </ul></body></html>
            """));
        _site.Map("/base/list.html", LoopbackResponse.Text($"""
            <html><head><base href="{new Uri(_secrets + "/").AbsoluteUri}"></head><body><ul class="news">
            <li><a href="t20240301_1.html">市政府工作报告全文公布</a></li>
            <li><a href="/base/2024/t20240303_3.html">市交通局新开通三条社区公交线路</a></li>
            </ul></body></html>
            """));
        MapArticle("/news/2024/t20240302_2.html", "市民政局推进社区养老服务中心建设", "市民政局今年将新建社区养老服务中心十二个，为老年人提供助餐、助浴和日间照料服务。");
        MapArticle("/base/2024/t20240303_3.html", "市交通局新开通三条社区公交线路", "市交通局宣布，下月起新开通三条社区公交线路，方便老年人就医和购物出行。");

        _site.Map("/go/admin", new LoopbackResponse(302, null, [], new Dictionary<string, string> { ["Location"] = new Uri(local, "/admin/sources").AbsoluteUri }));
        _site.Map("/news/ferry.html", LoopbackResponse.Text("""
            <html><head><title>Ferry</title></head><body><article><h1>Harbour ferry adds a Sunday service</h1>
            <p>The harbour ferry will run every Sunday from next month, the port authority said on Monday morning.</p>
            <p>Tickets cost the same as on weekdays, and older passengers travel free with their bus pass.</p></article></body></html>
            """));
        _site.Map("/feed.xml", LoopbackResponse.Text($"""
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0"><channel><title>Internal links</title><link>{_site.BaseAddress}</link><description>x</description>
            <item><title>Admin by name</title><link>{new Uri(local, "/admin/sources").AbsoluteUri}</link><guid>a</guid></item>
            <item><title>Admin by redirect</title><link>{_site.Url("/go/admin").AbsoluteUri}</link><guid>b</guid></item>
            <item><title>Harbour ferry adds a Sunday service</title><link>{_site.Url("/news/ferry.html").AbsoluteUri}</link><guid>c</guid></item>
            </channel></rss>
            """, "application/rss+xml; charset=utf-8"));
    }

    private void MapArticle(string path, string title, string body) =>
        _site.Map(path, LoopbackResponse.Text($"""
            <html><head><meta charset="utf-8"><title>{title}</title></head><body><div class="nav">首页 | 新闻</div>
            <h1>{title}</h1><div class="info">来源：示例市人民政府 发布时间：2024-03-02 09:30</div>
            <div class="content"><p>{body}</p><p>{body}</p></div></body></html>
            """));
}
