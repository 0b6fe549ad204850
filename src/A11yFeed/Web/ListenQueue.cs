using A11yFeed.Publishing;

namespace A11yFeed.Web;

/// <summary>
/// The episodes the listening page and its playlist play, in the order a listener expects of a news bulletin:
/// today's news before yesterday's, and within a day the oldest first, so a story is heard before its follow-up and
/// a listener who comes back later hears the day's new items after the ones they already know.
/// </summary>
internal static class ListenQueue
{
    public static async Task<IReadOnlyList<FeedItem>> LoadAsync(FeedQuery query, int count, CancellationToken cancellationToken)
    {
        var newest = await query.LatestAsync(sourceId: null, count, requireAudio: true, cancellationToken);
        return Order(newest);
    }

    /// <summary>Newest day first, oldest first within a day; each item's day is the one in its own offset, its city's.</summary>
    public static IReadOnlyList<FeedItem> Order(IEnumerable<FeedItem> items) =>
        [.. items.OrderByDescending(i => i.Published.Date).ThenBy(i => i.Published).ThenBy(i => i.Id)];
}
