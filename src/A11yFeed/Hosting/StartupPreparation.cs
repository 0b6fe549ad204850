using A11yFeed.Sources;
using A11yFeed.Storage;

namespace A11yFeed.Hosting;

public static class StartupPreparation
{
    /// <summary>
    /// Fails fast on bad source definitions (one message naming every file and field), then creates the storage,
    /// before the web host or any worker starts.
    /// </summary>
    public static async Task PrepareAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        _ = services.GetRequiredService<SourceCatalog>();
        await services.PrepareStorageAsync(cancellationToken);
    }
}
