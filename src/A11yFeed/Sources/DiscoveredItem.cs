namespace A11yFeed.Sources;

/// <summary>
/// An article found while polling a source. <see cref="Content"/> is set when the source itself carries
/// the full article (a feed with full text); otherwise the article is loaded from <see cref="Url"/>
/// (http, https or file). <see cref="ETag"/> is set for a local file (<see cref="A11yFeed.Fetching.FileValidators"/>),
/// so a poll can tell an unchanged file without reading it.
/// </summary>
public sealed record DiscoveredItem(
    Uri Url,
    string? Title = null,
    DateTimeOffset? Published = null,
    string? Content = null,
    string? ContentType = null,
    string? ETag = null);
