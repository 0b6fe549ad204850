using A11yFeed.Model;

namespace A11yFeed.Episodes;

/// <summary>Everything needed to speak one article into one episode stored under <see cref="MediaKey"/>.</summary>
public sealed record EpisodeScript(
    string MediaKey,
    string Language,
    VoiceSettings Voice,
    string Title,
    string? SourceName,
    DateTimeOffset? Published,
    IReadOnlyList<string> Paragraphs,
    string? ArticleUrl,
    string AlbumTitle);
