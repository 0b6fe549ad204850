using System.Net;
using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml;
using A11yFeed.Storage;
using A11yFeed.Tests.Fetching;
using Microsoft.EntityFrameworkCore;

namespace A11yFeed.Tests.Hosting;

/// <summary>
/// The whole service, as deployed on its embedded defaults, against a loopback site: a GBK list page, an RSS feed
/// and a source that fails with 500s. Proves discovery, extraction, speech, storage and feeds work together, and
/// that one broken source does not stop the others.
/// </summary>
[Collection(ApplicationCollection.Name)]
public sealed class PipelineEndToEndTests : IAsyncLifetime
{
    private static readonly TimeSpan PipelineTimeout = TimeSpan.FromMinutes(3);
    private LoopbackSite _site = null!;
    private A11yFeedApplication _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _site = await LoopbackSite.StartAsync();
        PipelineSite.MapAll(_site);
        _app = new A11yFeedApplication()
            .With("Fetch:RetryDelay", "00:00:00.010")
            .WithSource("gov", new { title = "示例市 领导讲话", kind = "page", location = _site.Url(PipelineSite.ListPath).AbsoluteUri, language = "auto" })
            .WithSource("news", new { title = "Example Gazette", kind = "feed", location = _site.Url(PipelineSite.FeedPath).AbsoluteUri, language = "en", fetchFullText = true })
            .WithSource("broken", new { title = "Broken", kind = "feed", location = _site.Url(PipelineSite.BrokenPath).AbsoluteUri });
        _client = _app.CreateClient();
        await _app.WaitUntilAsync(
            "every article is ready and the broken source has failed",
            async db => await db.Articles.CountAsync(a => a.Status == ArticleStatus.Ready) == 5
                && await db.Sources.AnyAsync(s => s.Id == "broken" && s.ConsecutiveFailures > 0),
            PipelineTimeout);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
        await _site.DisposeAsync();
    }

    [Fact]
    public async Task Pipeline_DiscoversEachArticleOnceAndExtractsItsText()
    {
        var articles = await _app.QueryAsync(db => db.Articles.AsNoTracking().OrderBy(a => a.Url).ToListAsync());

        Assert.Equal(3, articles.Count(a => a.SourceId == "gov"));
        Assert.Equal(2, articles.Count(a => a.SourceId == "news"));
        Assert.Equal(articles.Count, articles.Select(a => a.FeedGuid).Distinct().Count());
        foreach (var (path, _, _) in PipelineSite.GovArticles.Concat(PipelineSite.NewsArticles))
        {
            Assert.Equal(1, _site.RequestCount(path));
        }

        var heating = Assert.Single(articles, a => a.Url.EndsWith(PipelineSite.GovArticles[0].Path, StringComparison.Ordinal));
        Assert.Equal("市长调研冬季供暖保障工作", heating.Title);
        Assert.Equal("示例市人民政府办公室", heating.Organisation);
        Assert.Equal(new DateTimeOffset(2026, 11, 1, 10, 0, 0, TimeSpan.FromHours(8)), heating.PublishedAt);
        Assert.Equal(TimeSpan.FromHours(8), heating.PublishedAt!.Value.Offset);
        Assert.Equal("zh-CN", heating.Language);
        Assert.StartsWith(PipelineSite.GovArticles[0].Body, heating.Text, StringComparison.Ordinal);
        Assert.EndsWith("（记者 王芳）", heating.Text!.Replace("(", "（", StringComparison.Ordinal).Replace(")", "）", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("您当前的位置", heating.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("阅读次数", heating.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("alert", heating.Text, StringComparison.Ordinal);

        var ferry = Assert.Single(articles, a => a.Url.EndsWith("/news/ferry.html", StringComparison.Ordinal));
        Assert.Equal("Harbour ferry adds a Sunday service", ferry.Title);
        Assert.Equal("en", ferry.Language);
        Assert.StartsWith("The harbour ferry will run every Sunday", ferry.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Privacy", ferry.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pipeline_StoresDecodableAudioOfTheRecordedLengthAndDuration()
    {
        var articles = await _app.QueryAsync(db => db.Articles.AsNoTracking().ToListAsync());
        await ServedEpisodes.AssertMatchStoredAsync(_client, articles);

        Assert.Empty(Directory.EnumerateFiles(Path.Combine(_app.DataDirectory, "media"), "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Feeds_ListEveryArticleWithItsEnclosure()
    {
        var articles = await _app.QueryAsync(db => db.Articles.AsNoTracking().ToDictionaryAsync(a => a.FeedGuid));

        var rss = await LoadSyndicationAsync("/feeds/all.rss");
        Assert.Equal(5, rss.Items.Count());
        foreach (var item in rss.Items)
        {
            var enclosure = Assert.Single(item.Links, l => l.RelationshipType == "enclosure");
            Assert.Equal("audio/mpeg", enclosure.MediaType);
            Assert.Equal(articles[item.Id].AudioBytes, enclosure.Length);
        }

        var atom = await LoadSyndicationAsync("/feeds/gov.atom");
        Assert.Equal(3, atom.Items.Count());
        Assert.All(atom.Items, item => Assert.Contains(item.Links, l => l.RelationshipType == "enclosure" && l.MediaType == "audio/mpeg"));
        Assert.Contains(atom.Items, item => item.Title.Text == "市长调研冬季供暖保障工作");

        using var json = JsonDocument.Parse(await _client.GetStringAsync(new Uri("/feeds/news.json", UriKind.Relative)));
        Assert.Equal("https://jsonfeed.org/version/1.1", json.RootElement.GetProperty("version").GetString());
        var items = json.RootElement.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(2, items.Count);
        Assert.All(items, item =>
        {
            var attachment = Assert.Single(item.GetProperty("attachments").EnumerateArray());
            Assert.Equal(articles[item.GetProperty("id").GetString()!].AudioBytes, attachment.GetProperty("size_in_bytes").GetInt64());
        });

        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync(new Uri("/feeds/nope.rss", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task BrokenSource_IsReportedWhileTheOthersComplete()
    {
        var states = await _app.QueryAsync(db => db.Sources.AsNoTracking().ToDictionaryAsync(s => s.Id));

        Assert.Contains("500", states["broken"].LastError, StringComparison.Ordinal);
        Assert.Null(states["gov"].LastError);
        Assert.Null(states["news"].LastError);
        Assert.NotNull(states["gov"].LastSucceededAt);

        // Readers see that the source is unavailable; the operator sees why, in /admin.
        var home = await _client.GetStringAsync(new Uri("/", UriKind.Relative));
        Assert.Single(Regex.Matches(home, "<p class=\"error\">"));
        var health = await _client.GetStringAsync(new Uri("/admin/sources", UriKind.Relative));
        Assert.Contains("500", health, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_NeverServeScriptFromTheSource()
    {
        var id = await _app.QueryAsync(db => db.Articles.Where(a => a.SourceId == "gov").Select(a => a.Id).FirstAsync());

        foreach (var path in new[] { $"/articles/{id}", "/sources/gov", "/", "/feeds/gov.rss", "/feeds/gov.atom", "/feeds/gov.json" })
        {
            // Our own read-along and listening scripts are the only scripts a page may load.
            var body = (await _client.GetStringAsync(new Uri(path, UriKind.Relative)))
                .Replace("<script src=\"/read-along.js\" defer></script>", "", StringComparison.Ordinal)
                .Replace("<script src=\"/listen.js\" defer></script>", "", StringComparison.Ordinal);
            Assert.DoesNotContain("<script", body, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("onerror", body, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task Poll_AfterAnEdit_UpdatesTheArticleInsteadOfAddingOne()
    {
        var before = await _app.QueryAsync(db => db.Articles.AsNoTracking().SingleAsync(a => a.Url.EndsWith(PipelineSite.GovArticles[1].Path)));
        PipelineSite.MapGovArticle(_site, 1, "记者从市民政局获悉，全市老年助餐服务点已增至九十个，覆盖所有街道和社区。");

        var response = await _client.PostAsync(new Uri("/admin/sources/gov/poll", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        await _app.WaitUntilAsync(
            "the edited article is spoken again",
            async db => await db.Articles.AnyAsync(a => a.Id == before.Id && a.Status == ArticleStatus.Ready && a.AudioHash != before.AudioHash),
            PipelineTimeout);

        var after = await _app.QueryAsync(db => db.Articles.AsNoTracking().SingleAsync(a => a.Id == before.Id));
        Assert.Contains("九十个", after.Text, StringComparison.Ordinal);
        Assert.Equal(before.FeedGuid, after.FeedGuid);
        Assert.NotNull(after.UpdatedAt);
        Assert.NotEqual(before.AudioKey, after.AudioKey);
        Assert.Equal(3, await _app.QueryAsync(db => db.Articles.CountAsync(a => a.SourceId == "gov")));
        var media = Path.Combine(_app.DataDirectory, "media");
        Assert.False(File.Exists(Path.Combine(media, before.AudioKey!)), "the replaced episode is removed");
        Assert.True(File.Exists(Path.Combine(media, after.AudioKey!)));
    }

    private async Task<SyndicationFeed> LoadSyndicationAsync(string path)
    {
        await using var stream = await _client.GetStreamAsync(new Uri(path, UriKind.Relative));
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        return SyndicationFeed.Load(reader);
    }
}
