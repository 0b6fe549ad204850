namespace A11yFeed.Publishing;

/// <summary>What feeds and pages need of a ready article; a projection, so queries load no more than this.</summary>
public sealed record FeedItem
{
    public required long Id { get; init; }
    public required string SourceId { get; init; }
    public required string FeedGuid { get; init; }
    public required string Title { get; init; }
    public string? Subtitle { get; init; }
    public string? Author { get; init; }
    public string? Organisation { get; init; }
    public string? Language { get; init; }

    /// <summary>Plain paragraphs separated by a blank line.</summary>
    public string? Text { get; init; }

    public string? Captions { get; init; }

    /// <summary>The original article; may be a file: URL that must not be linked publicly.</summary>
    public required string Url { get; init; }

    /// <summary>When the article was published, or discovered when it gives no date.</summary>
    public required DateTimeOffset Published { get; init; }

    public DateTimeOffset? Updated { get; init; }
    public string? AudioKey { get; init; }
    public long? AudioBytes { get; init; }
    public long? AudioDurationMs { get; init; }

    /// <summary>Whether the episode has sentence timings, and so a WebVTT transcript and read-along.</summary>
    public bool HasTranscript { get; init; }

    public bool HasAudio => AudioKey is not null;

    /// <summary>The original URL when it can be shown to the public (http or https), else null.</summary>
    public Uri? PublicOriginalUrl =>
        Uri.TryCreate(Url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri : null;
}
