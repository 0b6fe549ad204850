using A11yFeed.Sources;
using A11yFeed.Storage;
using Microsoft.EntityFrameworkCore;

namespace A11yFeed.Bench.Feeds;

/// <summary>
/// A real SQLite store as the service keeps it, filled with ready articles that have audio: half of them in the
/// benchmarked source, half in a second source, so the source feed's query has others' rows to skip.
/// </summary>
internal static class BenchFeedStore
{
    public const string SourceId = "bench";
    public const string OtherSourceId = "other";

    public static SourceCatalog Catalog(string folder) => new(
    [
        new SourceDefinition { Id = SourceId, Title = "市政新闻（基准）", Kind = SourceKind.Folder, Location = folder, Language = "zh-CN" },
        new SourceDefinition { Id = OtherSourceId, Title = "Other news", Kind = SourceKind.Folder, Location = folder, Language = "en" },
    ]);

    // The SQLite context, not the shared base: the migrations that create the schema belong to it.
    public static A11yFeedDbContext Open(string databasePath) =>
        new SqliteA11yFeedDbContext(new DbContextOptionsBuilder<SqliteA11yFeedDbContext>().UseSqlite($"Data Source={databasePath}").Options);

    /// <summary>Removes the service's feed-order index, to show what it buys.</summary>
    private const string DropFeedOrderIndex = "DROP INDEX IX_Articles_FeedOrder";

    /// <summary>Creates the store at <paramref name="databasePath"/> with <paramref name="perSource"/> articles in each source.</summary>
    public static async Task CreateAsync(string databasePath, int perSource, bool feedOrderIndex = true)
    {
        await using var db = Open(databasePath);
        await FillAsync(db, perSource, feedOrderIndex);
    }

    /// <summary>The same store in the (empty) PostgreSQL database <paramref name="connectionString"/> names, migrated as `a11yfeed migrate` does.</summary>
    public static async Task CreatePostgresAsync(string connectionString, int perSource)
    {
        await using var db = new PostgresA11yFeedDbContext(
            new DbContextOptionsBuilder<PostgresA11yFeedDbContext>().UseNpgsql(connectionString).Options);
        await FillAsync(db, perSource, feedOrderIndex: true);
    }

    private static async Task FillAsync(A11yFeedDbContext db, int perSource, bool feedOrderIndex)
    {
        await db.PrepareSchemaAsync();
        if (!feedOrderIndex)
        {
            await db.Database.ExecuteSqlRawAsync(DropFeedOrderIndex);
        }

        var start = new DateTimeOffset(2020, 1, 1, 8, 0, 0, TimeSpan.FromHours(8));
        foreach (var sourceId in new[] { SourceId, OtherSourceId })
        {
            for (var i = 0; i < perSource; i++)
            {
                var published = start.AddMinutes(97 * i);
                db.Articles.Add(new Article
                {
                    SourceId = sourceId,
                    Url = $"https://www.example.gov.cn/{sourceId}/{i}.html",
                    FeedGuid = $"{sourceId}-{i}",
                    Status = ArticleStatus.Ready,
                    DiscoveredAt = published.AddHours(1),
                    PublishedAt = i % 10 == 0 ? null : published,
                    Title = $"第{i}号通知：社区服务时间调整",
                    Organisation = "市民政局",
                    Language = "zh-CN",
                    Text = $"第{i}号通知。社区食堂的开放时间从下周起调整为每天上午十点到下午两点。\n\n老年人可拨打服务电话预约上门送餐，电话在工作日有人接听。",
                    AudioKey = $"audio/{sourceId}/{i}-0123456789ab.mp3",
                    AudioBytes = 400_000 + i,
                    AudioDurationMs = 61_000 + i,
                });
            }

            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
    }
}
