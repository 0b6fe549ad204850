using A11yFeed.Publishing;
using A11yFeed.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace A11yFeed.Tests.Publishing;

public sealed class FeedResponseCacheTests : IDisposable
{
    private readonly FeedTestDatabase _database = new();

    [Fact]
    public async Task Find_KeepsAnEntryUntilAnotherConnectionCommits()
    {
        await using var services = new ServiceCollection()
            .AddDbContext<A11yFeedDbContext>(o => o.UseSqlite(_database.ConnectionString))
            .BuildServiceProvider();
        using var changes = new DatabaseChangeCounter(services);
        var cache = new FeedResponseCache(changes);
        var body = "<rss/>"u8.ToArray();

        var version = cache.CurrentVersion()!.Value;
        cache.Add("http://localhost/feeds/all.rss", new CachedFeed(version, body, CacheableResponse.TagFor(body), null));
        var unchanged = cache.CurrentVersion()!.Value;
        var hit = cache.Find("http://localhost/feeds/all.rss", unchanged);
        await _database.AddAsync(SampleArticles.Ready("city", "new", "New", null, DateTimeOffset.UnixEpoch));
        var changed = cache.CurrentVersion()!.Value;

        Assert.Equal(version, unchanged);
        Assert.Same(body, hit!.Body);
        Assert.NotEqual(version, changed);
        Assert.Null(cache.Find("http://localhost/feeds/all.rss", changed));
        Assert.Null(cache.Find("http://localhost/feeds/all.rss", version));
    }

    public void Dispose() => _database.Dispose();
}
