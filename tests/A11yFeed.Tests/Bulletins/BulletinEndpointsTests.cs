using System.Net;
using System.Text.Json;
using A11yFeed.Bulletins;
using A11yFeed.Tests.Feeds;
using A11yFeed.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace A11yFeed.Tests.Bulletins;

/// <summary>
/// The daily feeds as served: stored bulletins of the demo source on loopback Kestrel, read by the npm parsers
/// podcast directories use (podcast-partytime, rss-parser), and the day's chapters and transcript at their own URLs.
/// </summary>
[Collection(ApplicationCollection.Name)]
public sealed class BulletinEndpointsTests : IAsyncLifetime
{
    private readonly A11yFeedApplication _app = new A11yFeedApplication()
        .WithSampleSources().WithClock(new FakeTimeProvider(A11yFeedApplication.SampleNow)).WithoutJobServers().OnLoopback();

    public async Task InitializeAsync()
    {
        _app.StartServer();
        var store = _app.Services.GetRequiredService<BulletinStore>();
        var work = Directory.CreateDirectory(Path.Combine(_app.Root, "seed")).FullName;
        foreach (var bulletin in GoldenDaily.Feed().Bulletins)
        {
            await store.SaveAsync(bulletin, work, CancellationToken.None);
        }
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    /// <summary>Over loopback Kestrel, where the npm readers fetch too (the factory's own client talks to a test server).</summary>
    private async Task<HttpResponseMessage> GetAsync(string path)
    {
        using var client = new HttpClient();
        return await client.GetAsync(new Uri(_app.BaseUrl, path.TrimStart('/')));
    }

    private async Task<string> GetStringAsync(string path)
    {
        using var response = await GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    [NodeFeedClientsFact]
    public async Task Partytime_ReadsOneEpisodePerDayWithTheChaptersLink()
    {
        var feed = await NodeFeedClients.ReadAsync("partytime", new Uri(_app.BaseUrl, "feeds/demo/daily.rss"));

        AssertDays(feed);
    }

    [NodeFeedClientsFact]
    public async Task RssParser_ReadsOneEpisodePerDayWithTheChaptersLink()
    {
        var feed = await NodeFeedClients.ReadAsync("rss-parser", new Uri(_app.BaseUrl, "feeds/demo/daily.rss"));

        AssertDays(feed);
    }

    [Fact]
    public async Task Chapters_AreServedAsPodcastingJsonChapters()
    {
        using var response = await GetAsync("/feeds/demo/daily/2026-11-28/chapters.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json+chapters", response.Content.Headers.ContentType!.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("1.2.0", json.RootElement.GetProperty("version").GetString());
        Assert.Equal(3, json.RootElement.GetProperty("chapters").GetArrayLength());
    }

    [Fact]
    public async Task Transcript_CarriesTheChapterCues()
    {
        var vtt = await GetStringAsync("/feeds/demo/daily/2026-11-28/transcript.vtt");

        Assert.Contains("chapter-2\n00:00:04.000 --> 00:00:26.000\nLibrary opens on Sundays\n", vtt, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/feeds/nowhere/daily.rss")]
    [InlineData("/feeds/demo/daily/2026-11-20/chapters.json")]
    [InlineData("/feeds/demo/daily/yesterday/chapters.json")]
    public async Task Unknown_FeedsAndDaysAreNotFound(string path)
    {
        using var response = await GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task AllFeed_IsServedEvenBeforeItsFirstBulletin()
    {
        var rss = await GetStringAsync("/feeds/all/daily.rss");

        Assert.Contains("/feeds/all/daily.rss", rss, StringComparison.Ordinal);
        Assert.DoesNotContain("<item>", rss, StringComparison.Ordinal);
    }

    private void AssertDays(JsonElement feed)
    {
        Assert.Equal("Demo Library News: daily bulletin", feed.GetProperty("title").GetString());
        var items = feed.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(2, items.Count);
        Assert.Equal(GoldenDaily.Feed().Bulletins[0].FeedGuid, items[0].GetProperty("guid").GetString());
        Assert.Equal(new Uri(_app.BaseUrl, "media/bulletins/demo/2026-11-28-aaaaaaaaaaaa.mp3").AbsoluteUri,
            items[0].GetProperty("enclosure").GetProperty("url").GetString());
        var chapters = items[0].GetProperty("chapters");
        Assert.Equal(new Uri(_app.BaseUrl, "feeds/demo/daily/2026-11-28/chapters.json").AbsoluteUri, chapters.GetProperty("url").GetString());
        Assert.Equal("application/json+chapters", chapters.GetProperty("type").GetString());
    }
}
