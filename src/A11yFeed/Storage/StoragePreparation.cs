using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;

namespace A11yFeed.Storage;

public static class StoragePreparation
{
    /// <summary>The first SQLite migration: the schema <c>EnsureCreated</c> made before the schema had migrations.</summary>
    public const string BaselineMigration = "20261130075048_Baseline";

    /// <summary>Creates the data folders and brings the database schema up to date before anything reads them.</summary>
    public static async Task PrepareStorageAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var options = services.GetRequiredService<IOptions<StorageOptions>>().Value;
        Directory.CreateDirectory(options.DataDirectory);
        Directory.CreateDirectory(options.MediaDirectory);

        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<A11yFeedDbContext>().PrepareSchemaAsync(cancellationToken);
    }

    /// <summary>
    /// Applies the migrations not yet applied. EF Core takes a database-wide lock around them, so processes starting
    /// together on PostgreSQL wait for each other instead of racing to create the same tables. On SQLite, a database
    /// made by <c>EnsureCreated</c> (tables, no migration history) has exactly the baseline's schema, so the baseline
    /// is recorded as applied and only later migrations run.
    /// </summary>
    public static async Task PrepareSchemaAsync(this A11yFeedDbContext db, CancellationToken cancellationToken = default)
    {
        if (db.Database.IsSqlite())
        {
            // WAL lets the web pages read while a job writes. Not inside a transaction, so before the migrations.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);

            var history = db.GetService<IHistoryRepository>();
            var creator = db.GetService<IRelationalDatabaseCreator>();
            if (await creator.ExistsAsync(cancellationToken)
                && await creator.HasTablesAsync(cancellationToken)
                && !await history.ExistsAsync(cancellationToken))
            {
                await db.Database.ExecuteSqlRawAsync(history.GetCreateIfNotExistsScript(), cancellationToken);
                await db.Database.ExecuteSqlRawAsync(
                    history.GetInsertScript(new HistoryRow(BaselineMigration, ProductInfo.GetVersion())), cancellationToken);
            }
        }

        if (!db.Database.IsNpgsql())
        {
            await db.Database.MigrateAsync(cancellationToken);
            return;
        }

        // EF Core's own lock on PostgreSQL lasts one migration's transaction: with two or more pending, a second
        // process could start on the next one while the first still applies it ("relation already exists"). A
        // session advisory lock on the context's own connection holds across all of them. Its key is not the
        // start-up's schema lock (DatabaseLocks), which a process may already hold on another connection.
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_lock(hashtextextended('a11yfeed:migrations', 0))", cancellationToken);
            try
            {
                await db.Database.MigrateAsync(cancellationToken);
            }
            finally
            {
                await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_unlock(hashtextextended('a11yfeed:migrations', 0))", CancellationToken.None);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
