using A11yFeed.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace A11yFeed.Tests.Storage;

/// <summary>
/// The schema's migrations on real SQLite files. <c>Fixtures/Storage/ensure-created-schema.sql</c> is the schema
/// <c>EnsureCreated</c> made before migrations existed (read from a data folder with sqlite3's .schema).
/// </summary>
public sealed class StoragePreparationTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("a11yfeed-schema-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Prepare_DatabaseMadeByEnsureCreated_KeepsItsRowsAndGainsTheNewColumns()
    {
        var path = Path.Combine(_folder, "old.db");
        await using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            await connection.OpenAsync();
            await ExecuteAsync(connection, await File.ReadAllTextAsync(SchemaFixture));
            await ExecuteAsync(connection, """
                INSERT INTO Sources (Id, LastPolledAt, ConsecutiveFailures, ETag) VALUES ('city', NULL, 2, '"v1"');
                INSERT INTO Articles (SourceId, Url, FeedGuid, Status, DiscoveredAt, Title, FailureCount)
                VALUES ('city', 'https://example.gov.cn/1.html', 'guid-1', 'Ready', 0, '市长调研', 0);
                """);
        }

        await using var db = Open(path);
        await db.PrepareSchemaAsync();
        await db.PrepareSchemaAsync();

        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        var source = await db.Sources.AsNoTracking().SingleAsync();
        Assert.Equal(("city", 2, "\"v1\"", PollClaim.None, (DateTimeOffset?)null), (source.Id, source.ConsecutiveFailures, source.ETag, source.PollClaim, source.NextPollAt));
        Assert.Equal("市长调研", (await db.Articles.AsNoTracking().SingleAsync()).Title);
    }

    [Fact]
    public async Task BaselineMigration_IsTheSchemaEnsureCreatedMade()
    {
        var path = Path.Combine(_folder, "baseline.db");
        await using (var db = Open(path))
        {
            await db.GetService<IMigrator>().MigrateAsync(StoragePreparation.BaselineMigration);
        }

        var expected = Statements(await File.ReadAllTextAsync(SchemaFixture));
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE '__EFMigrations%' AND name <> 'sqlite_sequence'";
        var actual = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                actual.AddRange(Statements(reader.GetString(0)));
            }
        }

        Assert.Equal(expected.Order(), actual.Order());
    }

    [Fact]
    public async Task Prepare_NewDatabase_AppliesEveryMigration()
    {
        await using var db = Open(Path.Combine(_folder, "new.db"));
        await db.PrepareSchemaAsync();

        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        db.Sources.Add(new SourceState { Id = "city", PollClaim = PollClaim.Queued });
        await db.SaveChangesAsync();
    }

    // Regression: dates written by the earlier converter (wall-clock time) must read back as the same instants and
    // offsets after the migration that re-encodes them to order by the instant.
    [Fact]
    public async Task Prepare_DatesOfTheEarlierEncoding_KeepTheirInstantAndOffset()
    {
        var path = Path.Combine(_folder, "dates.db");
        var china = new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.FromHours(8));
        var west = new DateTimeOffset(2026, 11, 27, 20, 30, 0, TimeSpan.FromHours(-5));
        var old = new DateTimeOffsetToBinaryConverter();
        await using (var db = Open(path))
        {
            await db.GetService<IMigrator>().MigrateAsync("20261130075227_PollClaims");
            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO Articles (SourceId, Url, FeedGuid, Status, DiscoveredAt, PublishedAt, Title, FailureCount) VALUES ('city', 'u', 'g', 'Ready', {0}, {1}, 't', 0)",
                (long)old.ConvertToProvider(west)!, (long)old.ConvertToProvider(china)!);
        }

        await using var migrated = Open(path);
        await migrated.PrepareSchemaAsync();
        var article = await migrated.Articles.AsNoTracking().SingleAsync();

        Assert.Equal((china, china.Offset), (article.PublishedAt!.Value, article.PublishedAt.Value.Offset));
        Assert.Equal((west, west.Offset), (article.DiscoveredAt, article.DiscoveredAt.Offset));
    }

    // Regression: three processes starting at once on PostgreSQL failed with "relation already exists" when each made
    // the schema itself; the migrations wait for each other.
    [PostgresFact]
    public async Task Prepare_Postgres_ThreeProcessesAtOnce_AllSucceed()
    {
        var connectionString = PostgresServer.CreateDatabase();
        try
        {
            await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(async () =>
            {
                await using var db = new PostgresA11yFeedDbContext(
                    new DbContextOptionsBuilder<PostgresA11yFeedDbContext>().UseNpgsql(connectionString).Options);
                await db.PrepareSchemaAsync();
            })));

            await using var check = new PostgresA11yFeedDbContext(
                new DbContextOptionsBuilder<PostgresA11yFeedDbContext>().UseNpgsql(connectionString).Options);
            Assert.Empty(await check.Database.GetPendingMigrationsAsync());
            Assert.Equal(check.Database.GetMigrations(), await check.Database.GetAppliedMigrationsAsync());
        }
        finally
        {
            PostgresServer.DropDatabase(connectionString);
        }
    }

    private static string SchemaFixture => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Storage", "ensure-created-schema.sql");

    private static SqliteA11yFeedDbContext Open(string path) =>
        new(new DbContextOptionsBuilder<SqliteA11yFeedDbContext>().UseSqlite($"Data Source={path};Pooling=False").Options);

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Statements with quoting, "IF NOT EXISTS" and white space evened out, so only the schema itself is compared.</summary>
    private static IEnumerable<string> Statements(string sql) =>
        sql.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => string.Join(' ', s.Replace("\"", "", StringComparison.Ordinal).Replace("IF NOT EXISTS ", "", StringComparison.Ordinal)
                .Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries)))
            .Where(s => s.Length > 0);
}
