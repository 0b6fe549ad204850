namespace A11yFeed.Storage;

/// <summary>One article of one source, from discovery to its published episode.</summary>
public sealed class Article
{
    public long Id { get; set; }
    public required string SourceId { get; set; }

    /// <summary>Where the article was found (http, https or file URL), canonicalised; unique per source.</summary>
    public required string Url { get; set; }

    /// <summary>Feed item guid, assigned once and never changed.</summary>
    public required string FeedGuid { get; set; }

    public ArticleStatus Status { get; set; }
    public DateTimeOffset DiscoveredAt { get; set; }
    public DateTimeOffset? UpdatedAt { get; set; }

    /// <summary>Full content carried by the source itself (feeds with full text), used instead of fetching.</summary>
    public string? InlineContent { get; set; }
    public string? InlineContentType { get; set; }

    // What extraction found.
    public string Title { get; set; } = "";
    public string? Subtitle { get; set; }
    public string? Author { get; set; }
    public string? Organisation { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
    public string? Language { get; set; }

    /// <summary>Body paragraphs separated by a blank line; plain text, never HTML.</summary>
    public string? Text { get; set; }

    /// <summary>Photo captions, one per line.</summary>
    public string? Captions { get; set; }

    /// <summary>Images as JSON: [{"src":..., "alt":..., "caption":...}].</summary>
    public string? ImagesJson { get; set; }

    /// <summary>SHA-256 of title and text: finds duplicates and tells an edit from a re-fetch.</summary>
    public string? ContentHash { get; set; }

    // Conditional GET for the article page.
    public string? ETag { get; set; }
    public DateTimeOffset? LastModified { get; set; }

    // The episode.
    public string? AudioKey { get; set; }
    public long? AudioBytes { get; set; }
    public long? AudioDurationMs { get; set; }

    /// <summary>Hash of what was spoken (text and voice settings): unchanged means no new synthesis.</summary>
    public string? AudioHash { get; set; }

    /// <summary>When each spoken sentence plays in the episode, as <see cref="Model.SentenceTimingsJson"/> JSON.</summary>
    public string? SentenceTimingsJson { get; set; }

    public string? LastError { get; set; }
    public int FailureCount { get; set; }
}
