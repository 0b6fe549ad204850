using A11yFeed.Sources;
using A11yFeed.Storage;

namespace A11yFeed.Tests.Publishing;

/// <summary>The two sample sources and the articles that feeds and pages are tested on, with their golden files.</summary>
public static class SampleArticles
{
    public static SourceCatalog Catalog { get; } = new(
    [
        new SourceDefinition
        {
            Id = "city", Title = "市政新闻", Kind = SourceKind.Page, Location = "https://www.example.gov.cn/news/",
            Language = "zh-CN", Description = "市政府每日新闻，朗读版。",
        },
        new SourceDefinition
        {
            Id = "demo", Title = "Demo Library News", Kind = SourceKind.Folder, Location = "/srv/demo",
            Language = "en", Description = "News from the city library, read aloud.",
        },
    ]);

    public static Article Ready(string sourceId, string feedGuid, string title, DateTimeOffset? published, DateTimeOffset discovered) => new()
    {
        SourceId = sourceId,
        Url = $"https://www.example.org/{sourceId}/{feedGuid}.html",
        FeedGuid = feedGuid,
        Status = ArticleStatus.Ready,
        DiscoveredAt = discovered,
        PublishedAt = published,
        Title = title,
        Language = sourceId == "city" ? "zh-CN" : "en",
        Text = $"{title} first paragraph.\n\nSecond paragraph.",
        AudioKey = $"audio/{sourceId}/{feedGuid}.mp3",
        AudioBytes = 1000,
        AudioDurationMs = 5000,
    };

    /// <summary>
    /// One Chinese article with audio and sentence timings (so a transcript), one English article with audio only,
    /// and a ready one without audio that feeds must skip. New objects each call, ids 1, 2 and 3 once saved.
    /// </summary>
    public static Article[] Golden() =>
    [
        new Article
        {
            SourceId = "city",
            Url = "https://www.example.gov.cn/news/2026/1120-elderly.html",
            FeedGuid = "7d3c1e52-2b8f-4f0e-9a61-0c5b2f4d8e11",
            Status = ArticleStatus.Ready,
            DiscoveredAt = new DateTimeOffset(2026, 11, 20, 2, 0, 0, TimeSpan.Zero),
            PublishedAt = new DateTimeOffset(2026, 11, 20, 9, 30, 0, TimeSpan.FromHours(8)),
            Title = "市政府召开老年人服务工作会议",
            Subtitle = "推进社区助餐和上门服务",
            Author = "李明",
            Organisation = "市民政局",
            Language = "zh-CN",
            Text = "11月20日上午，市政府召开全市老年人服务工作会议，部署今冬明春助老服务。\n\n会议要求各街道在12月底前完成社区食堂“适老化”改造，并公布服务电话。",
            Captions = "会议现场",
            AudioKey = "audio/city/1-aa11bb22.mp3",
            AudioBytes = 123456,
            AudioDurationMs = 61500,
            // Sentence timings make this episode the one with a WebVTT transcript; the English one has none.
            SentenceTimingsJson = A11yFeed.Model.SentenceTimingsJson.Serialise(
            [
                new(-1, 0, 4200, "市政府召开老年人服务工作会议"),
                new(0, 4800, 12100, "11月20日上午，市政府召开全市老年人服务工作会议，部署今冬明春助老服务。"),
            ]),
        },
        new Article
        {
            SourceId = "demo",
            Url = "file:///srv/demo/large-print-room.txt",
            FeedGuid = "demo-large-print-room",
            Status = ArticleStatus.Ready,
            DiscoveredAt = new DateTimeOffset(2026, 11, 21, 8, 0, 0, TimeSpan.Zero),
            Title = "Library opens a large-print reading room",
            Organisation = "City Library",
            Language = "en",
            Text = "The city library opened a reading room with large-print books & audio guides on Monday.\n\nVolunteers read the morning paper aloud at 10 o'clock.",
            AudioKey = "audio/demo/2-cc33dd44.mp3",
            AudioBytes = 65432,
            AudioDurationMs = 30400,
        },
        new Article
        {
            SourceId = "city",
            Url = "https://www.example.gov.cn/news/2026/1122-no-audio.html",
            FeedGuid = "no-audio-yet",
            Status = ArticleStatus.Ready,
            DiscoveredAt = new DateTimeOffset(2026, 11, 22, 8, 0, 0, TimeSpan.Zero),
            Title = "尚未生成音频的文章",
            Language = "zh-CN",
            Text = "这篇文章没有音频。",
        },
    ];
}
