using A11yFeed.Feeds;
using A11yFeed.Publishing;
using A11yFeed.Tests.Publishing;
using Microsoft.Extensions.Options;

namespace A11yFeed.Tests.Feeds;

/// <summary>Our feeds through the parsers that desktop readers (feedparser) and podcast apps (podcastparser) use.</summary>
public sealed class FeedParserCompatibilityTests : IDisposable
{
    private const string FeedparserScript = """
        import json, sys, feedparser
        d = feedparser.parse(sys.argv[1])
        print(json.dumps({
            "bozo": bool(d.bozo), "error": str(d.get("bozo_exception", "")), "version": d.version,
            "title": d.feed.get("title"), "image": (d.feed.get("image") or {}).get("href"),
            "entries": [{"id": e.get("id"), "title": e.get("title"), "link": e.get("link"),
                         "published": list(e.published_parsed[:6]) if e.get("published_parsed") else None,
                         "duration": e.get("itunes_duration"),
                         "enclosures": [x.get("href") for x in e.get("enclosures", [])]} for e in d.entries]}))
        """;

    private const string PodcastparserScript = """
        import json, sys, podcastparser
        with open(sys.argv[1], "rb") as f:
            p = podcastparser.parse("https://feeds.example.org/a11y/feeds/all.rss", f)
        print(json.dumps({"title": p.get("title"), "cover": p.get("cover_url"),
            "episodes": [{"guid": e["guid"], "published": e["published"], "total_time": e["total_time"],
                          "link": e["link"], "enclosures": [x["url"] for x in e["enclosures"]]} for e in p["episodes"]]}))
        """;

    private readonly FeedTestDatabase _database = new();

    [FeedsPythonFact("feedparser")]
    public async Task Feedparser_ReadsRssWithoutErrors()
    {
        var bytes = new RssFeedWriter(Options.Create(new FeedOptions())).Write(await GoldenFeed.LoadAsync(_database), GoldenFeed.Links);

        var parsed = FeedsPythonModule.RunJson("feedparser", FeedparserScript, bytes);

        Assert.False(parsed.GetProperty("bozo").GetBoolean(), parsed.GetProperty("error").GetString());
        Assert.Equal("rss20", parsed.GetProperty("version").GetString());
        Assert.Equal("https://feeds.example.org/a11y/artwork/all.png", parsed.GetProperty("image").GetString());
        var chinese = parsed.GetProperty("entries")[1];
        Assert.Equal("市政府召开老年人服务工作会议", chinese.GetProperty("title").GetString());
        Assert.Equal("https://feeds.example.org/a11y/articles/1", chinese.GetProperty("link").GetString());
        // 09:30 at +0800 is 01:30 UTC: the numeric offset was understood.
        Assert.Equal("[2026,11,20,1,30,0]", chinese.GetProperty("published").GetRawText().Replace(" ", "", StringComparison.Ordinal));
        Assert.Equal("62", chinese.GetProperty("duration").GetString());
        Assert.Equal("https://feeds.example.org/a11y/media/audio/city/1-aa11bb22.mp3", chinese.GetProperty("enclosures")[0].GetString());
    }

    [FeedsPythonFact("feedparser")]
    public async Task Feedparser_ReadsAtomWithoutErrors()
    {
        var bytes = new AtomFeedWriter().Write(await GoldenFeed.LoadAsync(_database), GoldenFeed.Links);

        var parsed = FeedsPythonModule.RunJson("feedparser", FeedparserScript, bytes);

        Assert.False(parsed.GetProperty("bozo").GetBoolean(), parsed.GetProperty("error").GetString());
        Assert.Equal("atom10", parsed.GetProperty("version").GetString());
        var entries = parsed.GetProperty("entries");
        Assert.Equal(2, entries.GetArrayLength());
        Assert.Equal("urn:uuid:7d3c1e52-2b8f-4f0e-9a61-0c5b2f4d8e11", entries[1].GetProperty("id").GetString());
        Assert.Equal("https://feeds.example.org/a11y/media/audio/city/1-aa11bb22.mp3", entries[1].GetProperty("enclosures")[0].GetString());
    }

    [FeedsPythonFact("podcastparser")]
    public async Task Podcastparser_ReadsEpisodesWithCoverDurationAndDates()
    {
        var bytes = new RssFeedWriter(Options.Create(new FeedOptions())).Write(await GoldenFeed.LoadAsync(_database), GoldenFeed.Links);

        var parsed = FeedsPythonModule.RunJson("podcastparser", PodcastparserScript, bytes);

        Assert.Equal("https://feeds.example.org/a11y/artwork/all.png", parsed.GetProperty("cover").GetString());
        var episodes = parsed.GetProperty("episodes");
        Assert.Equal(2, episodes.GetArrayLength());
        var chinese = episodes.EnumerateArray().Single(e => e.GetProperty("guid").GetString() == "7d3c1e52-2b8f-4f0e-9a61-0c5b2f4d8e11");
        Assert.Equal(62, chinese.GetProperty("total_time").GetInt32());
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 1, 30, 0, TimeSpan.Zero).ToUnixTimeSeconds(), chinese.GetProperty("published").GetInt64());
        Assert.Equal("https://feeds.example.org/a11y/articles/1", chinese.GetProperty("link").GetString());
        Assert.Equal("https://feeds.example.org/a11y/media/audio/city/1-aa11bb22.mp3", chinese.GetProperty("enclosures")[0].GetString());
    }

    public void Dispose() => _database.Dispose();
}
