using A11yFeed.Storage;
using A11yFeed.Tests.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace A11yFeed.Tests.Publishing;

/// <summary>
/// A real database for the feed writers, queries and storage tested without the application: a SQLite file in a temp
/// folder, or (<see cref="Postgres"/>) a database of its own on the test PostgreSQL server, made by the migrations.
/// </summary>
public sealed class FeedTestDatabase : IDisposable
{
    private FeedTestDatabase(string provider, string folder, string connectionString)
    {
        Provider = provider;
        Folder = folder;
        ConnectionString = connectionString;
    }

    public FeedTestDatabase()
        : this(StorageOptions.Sqlite, Path.Combine(Path.GetTempPath(), "a11yfeed-feeds-" + Guid.NewGuid().ToString("N")), "")
    {
        Directory.CreateDirectory(Folder);
        ConnectionString = $"Data Source={Path.Combine(Folder, "a11yfeed.db")};Pooling=False";
        using var db = CreateContext();
        db.Database.EnsureCreated();
    }

    /// <summary>A fresh database on the test PostgreSQL server, with the Postgres migrations applied.</summary>
    public static FeedTestDatabase Postgres()
    {
        var database = new FeedTestDatabase(
            StorageOptions.Postgres, Directory.CreateTempSubdirectory("a11yfeed-feeds-").FullName, PostgresServer.CreateDatabase());
        using var db = database.CreateContext();
        db.PrepareSchemaAsync().GetAwaiter().GetResult();
        return database;
    }

    /// <summary>Either database, by <see cref="StorageOptions.Provider"/> name.</summary>
    public static FeedTestDatabase For(string provider) => provider == StorageOptions.Postgres ? Postgres() : new FeedTestDatabase();

    public string Provider { get; }
    public string Folder { get; }
    public string ConnectionString { get; }

    public A11yFeedDbContext CreateContext() => Provider == StorageOptions.Postgres
        ? new PostgresA11yFeedDbContext(new DbContextOptionsBuilder<PostgresA11yFeedDbContext>().UseNpgsql(ConnectionString).Options)
        : new A11yFeedDbContext(new DbContextOptionsBuilder<A11yFeedDbContext>().UseSqlite(ConnectionString).Options);

    /// <summary>Registers this database as the application's, as AddStorage would with these settings.</summary>
    public IServiceCollection AddTo(IServiceCollection services) => Provider == StorageOptions.Postgres
        ? services.AddDbContext<A11yFeedDbContext, PostgresA11yFeedDbContext>(o => o.UseNpgsql(ConnectionString))
        : services.AddDbContext<A11yFeedDbContext>(o => o.UseSqlite(ConnectionString));

    public async Task AddAsync(params Article[] articles)
    {
        await using var db = CreateContext();
        db.Articles.AddRange(articles);
        await db.SaveChangesAsync();
    }

    /// <summary>The sample articles of <see cref="SampleArticles.Golden"/>.</summary>
    public Task SeedGoldenArticlesAsync() => AddAsync(SampleArticles.Golden());

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Provider == StorageOptions.Postgres)
        {
            PostgresServer.DropDatabase(ConnectionString);
        }

        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
