using A11yFeed.Audio;
using A11yFeed.Episodes;
using A11yFeed.Sources;
using A11yFeed.Storage;
using Hangfire;
using Microsoft.Extensions.Options;

namespace A11yFeed.Hosting;

public static class StartupPreparation
{
    /// <summary>
    /// Fails fast on bad source definitions (one message naming every file and field) and on a data folder that cannot
    /// be written, brings the storage and the job storage up to date, gives every source its state row, and removes the work folders a
    /// killed process left, all before the web host or any worker starts.
    /// </summary>
    public static async Task PrepareAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var catalog = services.GetRequiredService<SourceCatalog>();
        WritableFolder.Ensure(services.GetRequiredService<IOptions<StorageOptions>>().Value.DataDirectory, "Storage:DataDirectory");
        // Processes started together on PostgreSQL bring the schemas up to date one at a time, and Hangfire's own
        // schema (installed when its storage is first made) under the same lock.
        await using (await services.GetRequiredService<DatabaseLocks>().LockSchemaAsync(cancellationToken))
        {
            await services.PrepareStorageAsync(cancellationToken);
            // Hangfire's configuration (this host's logging, then its storage), as the servers would make it at start.
            _ = services.GetRequiredService<IGlobalConfiguration>();
        }

        // Every row exists before the first poll, so no two polls ever race to insert one.
        await using (var scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<A11yFeedDbContext>()
                .EnsureSourceRowsAsync(catalog.All.Select(s => s.Id), cancellationToken);
        }

        var removed = EpisodeWorkFolder.RemoveStale(
            services.GetRequiredService<IOptions<AudioOptions>>().Value, services.GetRequiredService<TimeProvider>());
        if (removed.Count > 0)
        {
            services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(StartupPreparation))
                .LogInformation("Removed {FolderCount} work folders left by stopped processes: {Folders}", removed.Count, removed);
        }
    }
}
