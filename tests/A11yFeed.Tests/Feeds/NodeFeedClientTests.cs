using System.Net;
using System.Text.Json;
using A11yFeed.Model;
using A11yFeed.Storage;
using A11yFeed.Tests.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace A11yFeed.Tests.Feeds;

/// <summary>
/// The whole application on loopback Kestrel, after the real pipeline has spoken an article, read over HTTP by
/// the npm parsers podcast directories and web readers use: Podcast Index's podcast-partytime and rss-parser.
/// </summary>
[Collection(ApplicationCollection.Name)]
public sealed class NodeFeedClientTests(NodeFeedClientTests.SpokenApp app) : IClassFixture<NodeFeedClientTests.SpokenApp>
{
    private Uri _base => app.Base;
    private Article _article => app.Article;

    /// <summary>One application and spoken article shared by the tests, since speaking takes seconds.</summary>
    public sealed class SpokenApp : IAsyncLifetime
    {
        private A11yFeedApplication? _app;

        public Uri Base { get; private set; } = null!;
        public Article Article { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            if (!NodeFeedClients.Installed)
            {
                return;
            }

            _app = new A11yFeedApplication().With("Feeds:OwnerEmail", "podcasts@example.org");
            _app.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
            var folder = Path.Combine(_app.Root, "articles");
            Directory.CreateDirectory(folder);
            await File.WriteAllTextAsync(Path.Combine(folder, "bus.txt"), """
                Night bus route extended

                The number 9 night bus now runs to the hospital gate, with the last departure at one in the morning.
                """);
            _app.WithSource("harbour", new { title = "Harbour news", kind = "folder", location = folder, language = "en" });
            _app.StartServer();
            var addresses = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
            Base = new Uri(addresses.First().TrimEnd('/') + "/");

            await _app.WaitUntilAsync(
                "the article is ready with audio",
                async db => await db.Articles.AnyAsync(a => a.Status == ArticleStatus.Ready && a.AudioKey != null),
                TimeSpan.FromMinutes(2));
            // Timings as the speech stage stores them, so the episode also has a WebVTT transcript.
            Article = await _app.QueryAsync(async db =>
            {
                var article = await db.Articles.SingleAsync(a => a.Status == ArticleStatus.Ready);
                article.SentenceTimingsJson ??= SentenceTimingsJson.Serialise([new(0, 0, 3000, "The number 9 night bus now runs to the hospital gate.")]);
                await db.SaveChangesAsync();
                return article;
            });
        }

        public async Task DisposeAsync()
        {
            if (_app is not null)
            {
                await _app.DisposeAsync();
            }
        }
    }

    [NodeFeedClientsFact]
    public async Task Partytime_ReadsChannelEpisodeAndTranscripts()
    {
        var feed = await NodeFeedClients.ReadAsync("partytime", new Uri(_base, "feeds/harbour.rss"));

        AssertChannel(feed);
        Assert.True(feed.GetProperty("locked").ValueKind == JsonValueKind.False, feed.GetRawText());
        AssertEpisode(feed, duration => duration.GetInt32());
    }

    [NodeFeedClientsFact]
    public async Task RssParser_ReadsChannelEpisodeAndTranscripts()
    {
        var feed = await NodeFeedClients.ReadAsync("rss-parser", new Uri(_base, "feeds/harbour.rss"));

        AssertChannel(feed);
        Assert.Equal("no", feed.GetProperty("locked").GetString());
        AssertEpisode(feed, duration => int.Parse(duration.GetString()!, System.Globalization.CultureInfo.InvariantCulture));
    }

    [NodeFeedClientsFact]
    public async Task RssParser_ReadsTheAtomFeed()
    {
        var feed = await NodeFeedClients.ReadAsync("rss-parser", new Uri(_base, "feeds/harbour.atom"));

        Assert.Equal("Harbour news", feed.GetProperty("title").GetString());
        var item = Assert.Single(feed.GetProperty("items").EnumerateArray());
        Assert.Equal("Night bus route extended", item.GetProperty("title").GetString());
        // Item guids are urn:uuid: URIs already, and Atom ids keep them as they are.
        Assert.Equal(_article.FeedGuid, item.GetProperty("guid").GetString());
    }

    private void AssertChannel(JsonElement feed)
    {
        Assert.Equal("Harbour news", feed.GetProperty("title").GetString());
        Assert.Equal("en", feed.GetProperty("language").GetString());
        Assert.Equal(new Uri(_base, "artwork/harbour.png").AbsoluteUri, feed.GetProperty("image").GetString());
        var self = new Uri(_base, "feeds/harbour.rss");
        Assert.Equal(global::A11yFeed.Feeds.PodcastGuid.For(self).ToString("D"), feed.GetProperty("guid").GetString());
    }

    private void AssertEpisode(JsonElement feed, Func<JsonElement, int> seconds)
    {
        var item = Assert.Single(feed.GetProperty("items").EnumerateArray());
        Assert.Equal("Night bus route extended", item.GetProperty("title").GetString());
        Assert.Equal(_article.FeedGuid, item.GetProperty("guid").GetString());
        Assert.Equal((int)Math.Round(_article.AudioDurationMs!.Value / 1000.0), seconds(item.GetProperty("duration")));
        var enclosure = item.GetProperty("enclosure");
        Assert.Equal(new Uri(_base, "media/" + _article.AudioKey).AbsoluteUri, enclosure.GetProperty("url").GetString());
        Assert.Equal(_article.AudioBytes, enclosure.GetProperty("length").GetInt64());
        Assert.Equal("audio/mpeg", enclosure.GetProperty("type").GetString());

        var transcripts = item.GetProperty("transcripts");
        Assert.Equal(2, transcripts.GetArrayLength());
        Assert.Equal(new Uri(_base, $"articles/{_article.Id}/transcript.vtt").AbsoluteUri, transcripts[0].GetProperty("url").GetString());
        Assert.Equal("text/vtt", transcripts[0].GetProperty("type").GetString());
        Assert.Equal("captions", transcripts[0].GetProperty("rel").GetString());
        Assert.Equal(new Uri(_base, $"articles/{_article.Id}").AbsoluteUri, transcripts[1].GetProperty("url").GetString());
        Assert.Equal("text/html", transcripts[1].GetProperty("type").GetString());
    }
}
