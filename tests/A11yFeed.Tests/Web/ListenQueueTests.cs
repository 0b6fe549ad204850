using A11yFeed.Publishing;
using A11yFeed.Web;

namespace A11yFeed.Tests.Web;

public sealed class ListenQueueTests
{
    [Fact]
    public void Order_PutsTheNewestDayFirstAndEachDayOldestFirst()
    {
        var shanghai = TimeSpan.FromHours(8);
        FeedItem Item(long id, DateTimeOffset published) => new()
        {
            Id = id, SourceId = "city", FeedGuid = $"g{id}", Title = $"t{id}", Url = "https://example.org/", Published = published,
            AudioKey = $"audio/{id}.mp3",
        };
        var items = new[]
        {
            Item(1, new DateTimeOffset(2026, 11, 27, 9, 0, 0, shanghai)),
            Item(2, new DateTimeOffset(2026, 11, 28, 18, 0, 0, shanghai)),
            Item(3, new DateTimeOffset(2026, 11, 28, 7, 0, 0, shanghai)),
            // 23:30 in London is already the 29th in Shanghai, but this item's day is its own city's: the 28th.
            Item(4, new DateTimeOffset(2026, 11, 28, 23, 30, 0, TimeSpan.Zero)),
            Item(5, new DateTimeOffset(2026, 11, 27, 20, 0, 0, shanghai)),
        };

        var order = ListenQueue.Order(items).Select(i => i.Id);

        Assert.Equal([3, 2, 4, 1, 5], order);
    }
}
