using A11yFeed.Feeds;
using A11yFeed.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace A11yFeed.Tests.Feeds;

public sealed class FeedQueryTests : IDisposable
{
    private static readonly DateTimeOffset Day = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly FeedTestDatabase _database = new();
    private readonly List<string> _sql = [];

    [Fact]
    public async Task LoadAsync_SortsAndLimitsInTheDatabase()
    {
        await _database.AddAsync([.. Enumerable.Range(1, 8).Select(i => FeedTestDatabase.Ready("city", $"a{i}", $"A{i}", Day.AddHours(i), Day))]);

        var feed = await LoadAsync("city", itemsPerFeed: 3);

        Assert.Equal(["a8", "a7", "a6"], feed!.Items.Select(i => i.FeedGuid));
        var select = Assert.Single(_sql, s => s.Contains("FROM \"Articles\"", StringComparison.Ordinal));
        Assert.Contains("ORDER BY COALESCE(", select, StringComparison.Ordinal);
        Assert.Contains("LIMIT", select, StringComparison.Ordinal);
        Assert.DoesNotContain("\"InlineContent\"", select, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_SkipsUnreadyUnvoicedAndUncataloguedArticles()
    {
        var failed = FeedTestDatabase.Ready("city", "failed", "Failed", Day, Day);
        failed.Status = ArticleStatus.Failed;
        var silent = FeedTestDatabase.Ready("city", "silent", "Silent", Day, Day);
        silent.AudioKey = null;
        await _database.AddAsync(
            failed, silent,
            FeedTestDatabase.Ready("removed-source", "orphan", "Orphan", Day, Day),
            FeedTestDatabase.Ready("demo", "kept", "Kept", Day, Day));

        var feed = await LoadAsync(FeedQuery.CombinedId, itemsPerFeed: 50);

        Assert.Equal(["kept"], feed!.Items.Select(i => i.FeedGuid));
    }

    [Fact]
    public async Task LoadAsync_EmptyFeedIsUpdatedNowAndUnknownIdIsNull()
    {
        var empty = await LoadAsync("demo", itemsPerFeed: 50);

        Assert.Empty(empty!.Items);
        Assert.Equal(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero), empty.Updated);
        Assert.Equal("en", empty.Channel.Language);
        Assert.Null(await LoadAsync("nosuch", itemsPerFeed: 50));
    }

    private async Task<FeedContent?> LoadAsync(string id, int itemsPerFeed)
    {
        var options = new DbContextOptionsBuilder<A11yFeedDbContext>()
            .UseSqlite(_database.ConnectionString)
            .LogTo(_sql.Add, [RelationalEventId.CommandExecuted])
            .Options;
        await using var db = new A11yFeedDbContext(options);
        var query = new FeedQuery(
            db, FeedTestDatabase.Catalog, Options.Create(new FeedOptions { ItemsPerFeed = itemsPerFeed }),
            new FakeTimeProvider(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero)));
        return await query.LoadAsync(id, CancellationToken.None);
    }

    public void Dispose() => _database.Dispose();
}
