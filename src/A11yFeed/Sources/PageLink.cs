namespace A11yFeed.Sources;

/// <summary>A link found on a list page: where it goes and its headline.</summary>
public sealed record PageLink(Uri Url, string Title);
