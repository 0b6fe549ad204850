namespace A11yFeed.Publishing;

/// <summary>
/// One page of a feed or source page, newest first. <see cref="Before"/> is null on the first (newest) page;
/// <see cref="Next"/> is null on the last (oldest) one.
/// </summary>
public sealed record FeedPage(IReadOnlyList<FeedItem> Items, FeedPageCursor? Before, FeedPageCursor? Next)
{
    /// <summary>True when the feed has more than one page, so paging links are worth writing.</summary>
    public bool IsPaged => Before is not null || Next is not null;
}
