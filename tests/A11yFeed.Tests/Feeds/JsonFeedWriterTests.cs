using System.Text.Json;
using A11yFeed.Feeds;
using A11yFeed.Tests.Publishing;

namespace A11yFeed.Tests.Feeds;

public sealed class JsonFeedWriterTests : IDisposable
{
    private readonly FeedTestDatabase _database = new();

    [Fact]
    public async Task Write_MatchesGolden()
    {
        var bytes = new JsonFeedWriter().Write(await GoldenFeed.LoadAsync(_database), GoldenFeed.Links);
        FeedGolden.AssertMatches("all.json", bytes);
    }

    [Fact]
    public async Task Write_HasAttachmentsDatesAndNoPublicFileLinks()
    {
        var bytes = new JsonFeedWriter().Write(await GoldenFeed.LoadAsync(_database), GoldenFeed.Links);

        using var json = JsonDocument.Parse(bytes);
        var root = json.RootElement;
        Assert.Equal("https://jsonfeed.org/version/1.1", root.GetProperty("version").GetString());
        Assert.Equal("https://feeds.example.org/a11y/feeds/all.json", root.GetProperty("feed_url").GetString());
        Assert.Equal("zh-CN", root.GetProperty("language").GetString());
        var items = root.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["demo-large-print-room", "7d3c1e52-2b8f-4f0e-9a61-0c5b2f4d8e11"], items.Select(i => i.GetProperty("id").GetString()));

        var english = items[0];
        Assert.False(english.TryGetProperty("external_url", out _), "file: URLs must not be published");
        Assert.Equal("2026-11-21T08:00:00+00:00", english.GetProperty("date_published").GetString());
        var chinese = items[1];
        Assert.Equal("2026-11-20T09:30:00+08:00", chinese.GetProperty("date_published").GetString());
        Assert.Equal("https://www.example.gov.cn/news/2026/1120-elderly.html", chinese.GetProperty("external_url").GetString());
        Assert.StartsWith("11月20日上午", chinese.GetProperty("content_text").GetString(), StringComparison.Ordinal);
        var attachment = chinese.GetProperty("attachments")[0];
        Assert.Equal("https://feeds.example.org/a11y/media/audio/city/1-aa11bb22.mp3", attachment.GetProperty("url").GetString());
        Assert.Equal("audio/mpeg", attachment.GetProperty("mime_type").GetString());
        Assert.Equal(123456, attachment.GetProperty("size_in_bytes").GetInt64());
        Assert.Equal(62, attachment.GetProperty("duration_in_seconds").GetInt64());
    }

    [Fact]
    public async Task Write_TranscriptsGoInTheExtensionObject()
    {
        var bytes = new JsonFeedWriter().Write(await GoldenFeed.LoadAsync(_database), GoldenFeed.Links);

        using var json = JsonDocument.Parse(bytes);
        var items = json.RootElement.GetProperty("items").EnumerateArray().ToList();
        var timed = items[1].GetProperty(JsonFeedWriter.ExtensionKey).GetProperty("transcripts");
        Assert.Equal(2, timed.GetArrayLength());
        Assert.Equal("https://feeds.example.org/a11y/articles/1/transcript.vtt", timed[0].GetProperty("url").GetString());
        Assert.Equal("text/vtt", timed[0].GetProperty("type").GetString());
        Assert.Equal("captions", timed[0].GetProperty("rel").GetString());
        Assert.Equal("text/html", timed[1].GetProperty("type").GetString());
        var untimed = items[0].GetProperty(JsonFeedWriter.ExtensionKey).GetProperty("transcripts");
        Assert.Equal("https://feeds.example.org/a11y/articles/2", Assert.Single(untimed.EnumerateArray()).GetProperty("url").GetString());
    }

    public void Dispose() => _database.Dispose();
}
