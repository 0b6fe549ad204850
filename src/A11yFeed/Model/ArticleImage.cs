namespace A11yFeed.Model;

/// <summary>A picture of an article: where it is on the source's site, and what the source says it shows.</summary>
public sealed record ArticleImage(Uri? Source, string? Alt, string? Caption);
