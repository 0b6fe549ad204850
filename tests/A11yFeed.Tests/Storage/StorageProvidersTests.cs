using A11yFeed.Publishing;
using A11yFeed.Storage;
using A11yFeed.Tests.Publishing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace A11yFeed.Tests.Storage;

/// <summary>What several processes rely on the database for, on both providers: each test runs once per provider.</summary>
public sealed class StorageProvidersTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    [Fact]
    public Task Dates_MixedOffsets_OrderByInstant_Sqlite() => DatesOrderByInstantAsync(StorageOptions.Sqlite);

    [PostgresFact]
    public Task Dates_MixedOffsets_OrderByInstant_Postgres() => DatesOrderByInstantAsync(StorageOptions.Postgres);

    [Fact]
    public Task DuplicateCheck_SecondWaitsAndSeesTheFirst_Sqlite() => DuplicateCheckAsync(StorageOptions.Sqlite);

    [PostgresFact]
    public Task DuplicateCheck_SecondWaitsAndSeesTheFirst_Postgres() => DuplicateCheckAsync(StorageOptions.Postgres);

    [Fact]
    public Task PollClaim_ManyAtOnce_ExactlyOneWins_Sqlite() => PollClaimAsync(StorageOptions.Sqlite);

    [PostgresFact]
    public Task PollClaim_ManyAtOnce_ExactlyOneWins_Postgres() => PollClaimAsync(StorageOptions.Postgres);

    [Fact]
    public Task ChangeCounter_MovesOnlyWhenAnotherConnectionCommits_Sqlite() => ChangeCounterAsync(StorageOptions.Sqlite);

    [PostgresFact]
    public Task ChangeCounter_MovesOnlyWhenAnotherConnectionCommits_Postgres() => ChangeCounterAsync(StorageOptions.Postgres);

    // Regression: EF's binary date converter sorted by wall-clock time, so 01:00Z written as 09:00+08:00 came after
    // 02:00Z, and the all feed and its paging cursor misordered and skipped rows; Npgsql refused +08:00 outright.
    private static async Task DatesOrderByInstantAsync(string provider)
    {
        using var database = FeedTestDatabase.For(provider);
        var at0030 = new DateTimeOffset(2026, 11, 28, 8, 30, 0, China);
        var at0100 = new DateTimeOffset(2026, 11, 28, 9, 0, 0, China);
        var at0200 = new DateTimeOffset(2026, 11, 28, 2, 0, 0, TimeSpan.Zero);
        var at0300 = new DateTimeOffset(2026, 11, 28, 11, 0, 0, China);
        await database.AddAsync(
            SampleArticles.Ready("city", "a", "A", at0100, Now),
            SampleArticles.Ready("demo", "b", "B", at0200, Now),
            SampleArticles.Ready("city", "c", "C", at0030, Now),
            SampleArticles.Ready("city", "d", "D", at0300, Now));

        // One item a page, so every page follows the cursor of the one before.
        var titles = new List<string>();
        FeedPageCursor? cursor = null;
        do
        {
            await using var db = database.CreateContext();
            var query = new FeedQuery(db, SampleArticles.Catalog, Options.Create(new FeedOptions()), new FakeTimeProvider(Now));
            var page = await query.PageAsync(null, 1, requireAudio: true, cursor, CancellationToken.None);
            titles.AddRange(page.Items.Select(i => i.Title));
            cursor = page.Next;
        }
        while (cursor is not null && titles.Count < 10);

        await using var read = database.CreateContext();
        var stored = await read.Articles.AsNoTracking().SingleAsync(a => a.FeedGuid == "a");
        Assert.Equal(["D", "B", "A", "C"], titles);
        Assert.Equal((at0100, China), (stored.PublishedAt!.Value, stored.PublishedAt.Value.Offset));
    }

    // Regression: under PostgreSQL's READ COMMITTED two extractions of one text both looked for a twin before
    // either saved, and both became Extracted.
    private static async Task DuplicateCheckAsync(string provider)
    {
        using var database = FeedTestDatabase.For(provider);
        await database.AddAsync(Discovered("first"), Discovered("second"));
        var hash = new string('a', 64);

        await using var first = database.CreateContext();
        await using var firstCheck = await first.BeginDuplicateCheckAsync("city", hash, CancellationToken.None);
        Assert.Null(await TwinAsync(first, "first", hash));

        var second = Task.Run(async () =>
        {
            await using var db = database.CreateContext();
            await using var check = await db.BeginDuplicateCheckAsync("city", hash, CancellationToken.None);
            var status = await TwinAsync(db, "second", hash) is null ? ArticleStatus.Extracted : ArticleStatus.Duplicate;
            await SaveExtractionAsync(db, "second", hash, status);
            await check.CommitAsync();
            return status;
        });
        if (provider == StorageOptions.Postgres)
        {
            await WaitUntilBlockedOnAdvisoryLockAsync(database.ConnectionString);
        }

        await SaveExtractionAsync(first, "first", hash, ArticleStatus.Extracted);
        await firstCheck.CommitAsync();

        Assert.Equal(ArticleStatus.Duplicate, await second.WaitAsync(TimeSpan.FromMinutes(1)));
    }

    private static async Task PollClaimAsync(string provider)
    {
        using var database = FeedTestDatabase.For(provider);
        await using (var db = database.CreateContext())
        {
            await db.EnsureSourceRowsAsync(["city"], CancellationToken.None);
        }

        var claims = await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
        {
            await using var db = database.CreateContext();
            return await db.TryStartPollAsync("city", Now, Now.AddMinutes(3), CancellationToken.None);
        }));

        await using var check = database.CreateContext();
        Assert.Single(claims, won => won);
        Assert.Equal(Now.AddMinutes(3), (await check.Sources.AsNoTracking().SingleAsync()).PollClaimExpiresAt);
    }

    private static async Task ChangeCounterAsync(string provider)
    {
        using var database = FeedTestDatabase.For(provider);
        await using var services = database.AddTo(new ServiceCollection()).BuildServiceProvider();
        using var changes = new DatabaseChangeCounter(services);
        changes.Read();
        if (provider == StorageOptions.Postgres)
        {
            // On PostgreSQL the count comes from notifications once the listener is up (PostgresChangeListenerTests).
            await PostgresChangeListenerTests.WaitUntilAsync("the change listener listens", () => changes.Listening);
        }

        var before = changes.Read();
        var unchanged = changes.Read();
        await database.AddAsync(SampleArticles.Ready("city", "new", "New", null, Now));

        Assert.NotNull(before);
        Assert.Equal(before, unchanged);
        // A notification arrives a moment after the commit; SQLite's count has moved at once.
        await PostgresChangeListenerTests.WaitUntilAsync("the count moves", () => changes.Read() != before);
    }

    private static Article Discovered(string guid) => new()
    {
        SourceId = "city", Url = $"https://www.example.gov.cn/{guid}.html", FeedGuid = guid, Status = ArticleStatus.Discovered, DiscoveredAt = Now,
    };

    private static Task<long?> TwinAsync(A11yFeedDbContext db, string guid, string hash) =>
        db.Articles.AsNoTracking()
            .Where(a => a.SourceId == "city" && a.FeedGuid != guid && a.ContentHash == hash && a.Status != ArticleStatus.Duplicate)
            .Select(a => (long?)a.Id)
            .FirstOrDefaultAsync();

    private static Task<int> SaveExtractionAsync(A11yFeedDbContext db, string guid, string hash, ArticleStatus status) =>
        db.Articles.Where(a => a.FeedGuid == guid)
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.ContentHash, hash).SetProperty(a => a.Status, status));

    /// <summary>Waits (bounded) until some session of the database waits for an advisory lock.</summary>
    private static async Task WaitUntilBlockedOnAdvisoryLockAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted", connection);
        for (var attempt = 0; (long)(await command.ExecuteScalarAsync())! == 0; attempt++)
        {
            Assert.True(attempt < 600, "The second duplicate check never waited for the first.");
            await Task.Delay(50);
        }
    }
}
