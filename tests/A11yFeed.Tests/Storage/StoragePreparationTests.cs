using A11yFeed.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

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

    private static string SchemaFixture => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Storage", "ensure-created-schema.sql");

    private static A11yFeedDbContext Open(string path) =>
        new(new DbContextOptionsBuilder<A11yFeedDbContext>().UseSqlite($"Data Source={path};Pooling=False").Options);

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
