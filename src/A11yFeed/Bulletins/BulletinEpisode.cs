namespace A11yFeed.Bulletins;

/// <summary>A ready episode that goes into a bulletin, with what the bulletin needs of it.</summary>
public sealed record BulletinEpisode(
    long ArticleId, string SourceId, string Title, string? Language, string AudioKey, long DurationMs,
    string? SentenceTimingsJson, DateTimeOffset Published);
