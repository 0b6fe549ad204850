using A11yFeed.Model;
using A11yFeed.Publishing;
using A11yFeed.Tests.Publishing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace A11yFeed.Tests.Feeds;

/// <summary>The combined feed over the golden articles, with a fixed clock and base URL.</summary>
internal static class GoldenFeed
{
    public static readonly FeedLinks Links = new(new Uri("https://feeds.example.org/a11y/"));

    public static async Task<FeedContent> LoadAsync(FeedTestDatabase database, string id = CombinedFeed.Id)
    {
        await database.SeedGoldenArticlesAsync();
        await using var db = database.CreateContext();
        var query = new FeedQuery(
            db,
            SampleArticles.Catalog,
            Options.Create(new FeedOptions()),
            new FakeTimeProvider(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero)));
        return (await query.LoadAsync(id, CancellationToken.None))!;
    }
}
