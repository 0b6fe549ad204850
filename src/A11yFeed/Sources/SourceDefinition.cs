using A11yFeed.Model;

namespace A11yFeed.Sources;

/// <summary>One source, as defined by a file in the feeds folder.</summary>
public sealed record SourceDefinition
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required SourceKind Kind { get; init; }

    /// <summary>The feed or list page URL, or (for folders) an absolute directory path.</summary>
    public required string Location { get; init; }

    /// <summary>A BCP 47 language tag such as "zh-CN" or "en", or "auto" to detect per article.</summary>
    public string Language { get; init; } = LanguageTag.Auto;

    public string? Description { get; init; }
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromMinutes(30);
    public VoiceSettings Voice { get; init; } = new();

    /// <summary>Feed sources: fetch each item's page when the feed carries only a summary.</summary>
    public bool FetchFullText { get; init; }

    /// <summary>Page sources: CSS selector for article links; null finds them automatically.</summary>
    public string? LinkSelector { get; init; }

    /// <summary>At most this many items are taken from one poll (newest first).</summary>
    public int MaxItems { get; init; } = 50;

    /// <summary>
    /// IANA time zone of the source's calendar day (when its daily bulletin closes); null means the default for its
    /// language (<see cref="SourceTimeZone.For"/>).
    /// </summary>
    public string? TimeZone { get; init; }

    /// <summary>The definition file this source was read from, for error messages.</summary>
    public string DefinitionFile { get; init; } = "";
}
