namespace A11yFeed.Publishing;

/// <summary>One feed: a source's, or the combined one (<see cref="SourceId"/> null).</summary>
public sealed record FeedChannel(string Id, string Title, string? Description, string Language, string? SourceId);
