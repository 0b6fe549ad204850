using A11yFeed.Model;
using A11yFeed.Publishing;
using A11yFeed.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace A11yFeed.Tests.Publishing;

public sealed class FeedQueryTests : IDisposable
{
    private static readonly DateTimeOffset Day = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly FeedTestDatabase _database = new();
    private readonly List<string> _sql = [];

    [Fact]
    public async Task LoadAsync_SortsAndLimitsInTheDatabase()
    {
        await _database.AddAsync([.. Enumerable.Range(1, 8).Select(i => SampleArticles.Ready("city", $"a{i}", $"A{i}", Day.AddHours(i), Day))]);

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
        var failed = SampleArticles.Ready("city", "failed", "Failed", Day, Day);
        failed.Status = ArticleStatus.Failed;
        var silent = SampleArticles.Ready("city", "silent", "Silent", Day, Day);
        silent.AudioKey = null;
        await _database.AddAsync(
            failed, silent,
            SampleArticles.Ready("removed-source", "orphan", "Orphan", Day, Day),
            SampleArticles.Ready("demo", "kept", "Kept", Day, Day));

        var feed = await LoadAsync(CombinedFeed.Id, itemsPerFeed: 50);

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

    [Fact]
    public async Task LoadAsync_PagesWalkTheWholeArchiveOnceEvenWhenDatesTie()
    {
        // Three articles share one date and a fourth is undated: the id breaks ties, so no page repeats or skips one.
        await _database.AddAsync(
        [
            .. Enumerable.Range(1, 4).Select(i => SampleArticles.Ready("city", $"a{i}", $"A{i}", Day.AddHours(i), Day)),
            .. Enumerable.Range(5, 3).Select(i => SampleArticles.Ready("city", $"tie{i}", $"Tie{i}", Day.AddHours(2), Day)),
            SampleArticles.Ready("city", "undated", "Undated", null, Day.AddHours(3)),
        ]);

        var seen = new List<string>();
        FeedPageCursor? before = null;
        var pages = 0;
        do
        {
            var page = await LoadAsync("city", itemsPerFeed: 3, before);
            Assert.True(page!.Items.Count <= 3);
            Assert.Equal(before, page.Before);
            seen.AddRange(page.Items.Select(i => i.FeedGuid));
            before = page.Next;
            pages++;
        }
        while (before is not null && pages < 10);

        Assert.Equal(["a4", "undated", "a3", "tie7", "tie6", "tie5", "a2", "a1"], seen);
        Assert.Equal(3, pages);
    }

    [Fact]
    public async Task LoadAsync_OlderPageSeeksPastTheCursorInTheDatabase()
    {
        await _database.AddAsync([.. Enumerable.Range(1, 8).Select(i => SampleArticles.Ready("city", $"a{i}", $"A{i}", Day.AddHours(i), Day))]);
        var first = await LoadAsync("city", itemsPerFeed: 3);
        _sql.Clear();

        var second = await LoadAsync("city", itemsPerFeed: 3, first!.Next);

        Assert.Equal(["a5", "a4", "a3"], second!.Items.Select(i => i.FeedGuid));
        Assert.NotNull(second.Next);
        var select = Assert.Single(_sql, s => s.Contains("FROM \"Articles\"", StringComparison.Ordinal));
        Assert.DoesNotContain("OFFSET", select, StringComparison.Ordinal);
        Assert.Contains("< @", select, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_FeedThatFitsOnOnePageIsNotPaged()
    {
        await _database.AddAsync([.. Enumerable.Range(1, 3).Select(i => SampleArticles.Ready("city", $"a{i}", $"A{i}", Day.AddHours(i), Day))]);

        var feed = await LoadAsync("city", itemsPerFeed: 3);

        Assert.False(feed!.IsPaged);
        Assert.Null(feed.Next);
    }

    private async Task<FeedContent?> LoadAsync(string id, int itemsPerFeed, FeedPageCursor? before = null)
    {
        var options = new DbContextOptionsBuilder<A11yFeedDbContext>()
            .UseSqlite(_database.ConnectionString)
            .LogTo(_sql.Add, [RelationalEventId.CommandExecuted])
            .Options;
        await using var db = new A11yFeedDbContext(options);
        var query = new FeedQuery(
            db, SampleArticles.Catalog, Options.Create(new FeedOptions { ItemsPerFeed = itemsPerFeed }),
            new FakeTimeProvider(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero)));
        return await query.LoadAsync(id, before, CancellationToken.None);
    }

    public void Dispose() => _database.Dispose();
}
