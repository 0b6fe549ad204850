using A11yFeed.Sources;
using A11yFeed.Storage;
using Microsoft.Extensions.Options;

namespace A11yFeed.Hosting;

public static class StartupPreparation
{
    /// <summary>
    /// Fails fast on bad source definitions (one message naming every file and field) and on a data folder that cannot
    /// be written, then creates the storage, before the web host or any worker starts.
    /// </summary>
    public static async Task PrepareAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        _ = services.GetRequiredService<SourceCatalog>();
        WritableFolder.Ensure(services.GetRequiredService<IOptions<StorageOptions>>().Value.DataDirectory, "Storage:DataDirectory");
        await services.PrepareStorageAsync(cancellationToken);
    }
}
