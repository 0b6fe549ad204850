using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace A11yFeed.Storage;

public static class StoragePreparation
{
    /// <summary>Creates the data folders and the database schema before anything reads them.</summary>
    public static async Task PrepareStorageAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var options = services.GetRequiredService<IOptions<StorageOptions>>().Value;
        Directory.CreateDirectory(options.DataDirectory);
        Directory.CreateDirectory(options.MediaDirectory);

        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<A11yFeedDbContext>().PrepareSchemaAsync(cancellationToken);
    }

    /// <summary>Creates the schema, with what EF Core cannot model, when it does not exist yet.</summary>
    public static async Task PrepareSchemaAsync(this A11yFeedDbContext db, CancellationToken cancellationToken = default)
    {
        await db.Database.EnsureCreatedAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            // WAL lets the web pages read while a job writes.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);

            // Feeds page by the date an article was published, or found when it has none: this index lets a
            // feed page read only its own rows, however long the archive. EF Core cannot model an expression index.
            await db.Database.ExecuteSqlRawAsync(
                "CREATE INDEX IF NOT EXISTS IX_Articles_FeedOrder ON Articles (SourceId, Status, COALESCE(PublishedAt, DiscoveredAt), Id);",
                cancellationToken);
        }
    }
}
