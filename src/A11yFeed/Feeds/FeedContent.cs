namespace A11yFeed.Feeds;

/// <summary>A feed ready to write: its channel, newest items first, and when it last changed.</summary>
public sealed record FeedContent(FeedChannel Channel, IReadOnlyList<FeedItem> Items, DateTimeOffset Updated);
