using A11yFeed.Bulletins;
using A11yFeed.Publishing;
using A11yFeed.Tests.Feeds;
using Microsoft.Extensions.Options;

namespace A11yFeed.Tests.Bulletins;

/// <summary>The daily feeds against their golden files, and through the parsers desktop readers and podcast apps use.</summary>
public sealed class DailyFeedWriterTests
{
    private const string FeedparserScript = """
        import json, sys, feedparser
        d = feedparser.parse(sys.argv[1])
        print(json.dumps({
            "bozo": bool(d.bozo), "error": str(d.get("bozo_exception", "")), "version": d.version,
            "entries": [{"id": e.get("id"), "title": e.get("title"),
                         "chapters": e.get("podcast_chapters"),
                         "enclosures": [x.get("href") for x in e.get("enclosures", [])]} for e in d.entries]}))
        """;

    private const string PodcastparserScript = """
        import json, sys, podcastparser
        with open(sys.argv[1], "rb") as f:
            p = podcastparser.parse("https://feeds.example.org/a11y/feeds/demo/daily.rss", f)
        print(json.dumps({"title": p.get("title"),
            "episodes": [{"guid": e["guid"], "title": e["title"], "total_time": e["total_time"],
                          "enclosures": [x["url"] for x in e["enclosures"]]} for e in p["episodes"]]}))
        """;

    private static byte[] Rss(FeedOptions? options = null) =>
        new DailyRssWriter(Options.Create(options ?? new FeedOptions())).Write(GoldenDaily.Feed(), GoldenDaily.Links);

    [Fact]
    public void Rss_MatchesGolden() => FeedGolden.AssertMatches("daily.rss", Rss());

    [Fact]
    public void Atom_MatchesGolden() => FeedGolden.AssertMatches("daily.atom", DailyAtomWriter.Write(GoldenDaily.Feed(), GoldenDaily.Links));

    [Fact]
    public void Json_MatchesGolden() => FeedGolden.AssertMatches("daily.json", DailyJsonWriter.Write(GoldenDaily.Feed(), GoldenDaily.Links));

    [Fact]
    public void Chapters_MatchesGolden() =>
        FeedGolden.AssertMatches("daily-chapters.json", ChaptersJsonWriter.Write(GoldenDaily.Feed().Bulletins[0], "Demo Library News", GoldenDaily.Links));

    [Fact]
    public void Rss_NamesNoOwnerWithoutAnAddress()
    {
        var without = System.Text.Encoding.UTF8.GetString(Rss());
        var with = System.Text.Encoding.UTF8.GetString(Rss(new FeedOptions { OwnerEmail = "podcasts@example.org" }));

        Assert.DoesNotContain("itunes:owner", without, StringComparison.Ordinal);
        Assert.Contains("<itunes:owner>\n      <itunes:name>A11yFeed</itunes:name>\n      <itunes:email>podcasts@example.org</itunes:email>", with, StringComparison.Ordinal);
    }

    [FeedsPythonFact("feedparser")]
    public void Feedparser_ReadsOneItemPerDayWithItsChapters()
    {
        var parsed = FeedsPythonModule.RunJson("feedparser", FeedparserScript, Rss());

        Assert.False(parsed.GetProperty("bozo").GetBoolean(), parsed.GetProperty("error").GetString());
        Assert.Equal("rss20", parsed.GetProperty("version").GetString());
        var entries = parsed.GetProperty("entries").EnumerateArray().ToList();
        Assert.Equal(["Demo Library News, 28 November 2026", "Demo Library News, 27 November 2026"], entries.Select(e => e.GetProperty("title").GetString()));
        Assert.Equal(GoldenDaily.Feed().Bulletins[0].FeedGuid, entries[0].GetProperty("id").GetString());
        Assert.Equal(["https://feeds.example.org/a11y/media/bulletins/demo/2026-11-28-aaaaaaaaaaaa.mp3"],
            entries[0].GetProperty("enclosures").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("https://feeds.example.org/a11y/feeds/demo/daily/2026-11-28/chapters.json",
            entries[0].GetProperty("chapters").GetProperty("url").GetString());
    }

    [FeedsPythonFact("podcastparser")]
    public void Podcastparser_ReadsEachDayAsAnEpisode()
    {
        var parsed = FeedsPythonModule.RunJson("podcastparser", PodcastparserScript, Rss());

        var episodes = parsed.GetProperty("episodes").EnumerateArray().ToList();
        Assert.Equal(2, episodes.Count);
        Assert.Equal(GoldenDaily.Feed().Bulletins[1].FeedGuid, episodes.Single(e => e.GetProperty("title").GetString()!.Contains("27", StringComparison.Ordinal)).GetProperty("guid").GetString());
        Assert.All(episodes, e => Assert.True(e.GetProperty("total_time").GetInt32() > 0));
    }
}
