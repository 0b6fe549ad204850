namespace A11yFeed.Publishing;

/// <summary>
/// A feed ready to write: its channel, newest items first, and when it last changed. <see cref="Before"/> and
/// <see cref="Next"/> place it in the paged archive (RFC 5005 section 3): both null for a feed that fits on one page.
/// </summary>
public sealed record FeedContent(
    FeedChannel Channel,
    IReadOnlyList<FeedItem> Items,
    DateTimeOffset Updated,
    FeedPageCursor? Before = null,
    FeedPageCursor? Next = null)
{
    public bool IsPaged => Before is not null || Next is not null;
}
