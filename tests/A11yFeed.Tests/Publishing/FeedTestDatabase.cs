using A11yFeed.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace A11yFeed.Tests.Publishing;

/// <summary>A real SQLite file in a temp folder, for the feed writers and queries tested without the application.</summary>
public sealed class FeedTestDatabase : IDisposable
{
    public FeedTestDatabase()
    {
        Folder = Path.Combine(Path.GetTempPath(), "a11yfeed-feeds-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        ConnectionString = $"Data Source={Path.Combine(Folder, "a11yfeed.db")};Pooling=False";
        using var db = CreateContext();
        db.Database.EnsureCreated();
    }

    public string Folder { get; }
    public string ConnectionString { get; }

    public A11yFeedDbContext CreateContext() =>
        new(new DbContextOptionsBuilder<A11yFeedDbContext>().UseSqlite(ConnectionString).Options);

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
