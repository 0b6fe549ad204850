using System.Text;
using A11yFeed.Tests.Feeds;
using A11yFeed.Tests.Hosting;
using A11yFeed.Tests.Publishing;

namespace A11yFeed.Tests.Web;

/// <summary>/listen.m3u: the listening page's episodes as a playlist that players read.</summary>
public sealed class ListenPlaylistTests
{
    private const string ParseScript = """
        import json, sys, m3u8
        with open(sys.argv[1], encoding='utf-8') as f:
            playlist = m3u8.loads(f.read())
        print(json.dumps([{'uri': s.uri, 'duration': s.duration, 'title': s.title} for s in playlist.segments]))
        """;

    [FeedsPythonFact("m3u8")]
    public async Task Get_IsAnExtendedM3uThatAPlaylistParserReads()
    {
        await using var host = A11yFeedApplication.StartWithSamples(new Dictionary<string, string?> { ["Feeds:PublicBaseUrl"] = "https://news.example.org/a11y/" });
        await host.SeedGoldenArticlesAsync();
        var day = new DateTimeOffset(2026, 11, 27, 8, 0, 0, TimeSpan.FromHours(8));
        var odd = SampleArticles.Ready("demo", "odd", "Two lines\nand a comma, too", day, day);
        odd.AudioDurationMs = 61_600;
        await host.AddArticlesAsync(odd);

        using var response = await host.Client.GetAsync(new Uri("/listen.m3u", UriKind.Relative));
        var body = await response.Content.ReadAsByteArrayAsync();
        var entries = FeedsPythonModule.RunJson("m3u8", ParseScript, body).EnumerateArray().ToList();

        Assert.Equal("audio/x-mpegurl; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.False(body.AsSpan().StartsWith(Encoding.UTF8.Preamble), "no byte order mark before #EXTM3U");
        Assert.StartsWith("#EXTM3U\n#EXTINF:62,Demo Library News - Two lines and a comma, too\nhttps://", Encoding.UTF8.GetString(body), StringComparison.Ordinal);
        Assert.Equal(3, entries.Count);
        Assert.Equal("https://news.example.org/a11y/media/audio/demo/odd.mp3", entries[0].GetProperty("uri").GetString());
        Assert.Equal(62, entries[0].GetProperty("duration").GetDouble());
        Assert.Equal("Demo Library News - Two lines and a comma, too", entries[0].GetProperty("title").GetString());
        Assert.Equal("https://news.example.org/a11y/media/audio/demo/2-cc33dd44.mp3", entries[1].GetProperty("uri").GetString());
        Assert.Equal(30, entries[1].GetProperty("duration").GetDouble());
        Assert.Equal("市政新闻 - 市政府召开老年人服务工作会议", entries[2].GetProperty("title").GetString());
        Assert.Equal(62, entries[2].GetProperty("duration").GetDouble());
    }

    [Fact]
    public async Task Get_AnswersARepeatRequestWith304()
    {
        await using var host = A11yFeedApplication.StartWithSamples();
        await host.SeedGoldenArticlesAsync();
        using var first = await host.Client.GetAsync(new Uri("/listen.m3u", UriKind.Relative));
        using var again = new HttpRequestMessage(HttpMethod.Get, "/listen.m3u");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        using var response = await host.Client.SendAsync(again);

        Assert.Equal(System.Net.HttpStatusCode.NotModified, response.StatusCode);
    }
}
