using A11yFeed.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace A11yFeed.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>The article database (EF Core) and the media store, both under <see cref="StorageOptions.DataDirectory"/>.</summary>
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<StorageOptions>(configuration, StorageOptions.Section);

        services.AddDbContext<A11yFeedDbContext>((provider, options) =>
        {
            var storage = provider.GetRequiredService<IOptions<StorageOptions>>().Value;
            options.UseSqlite(storage.ConnectionString ?? $"Data Source={storage.DatabasePath}");
        });

        services.AddSingleton<IMediaStore>(provider =>
            new LocalDiskMediaStore(provider.GetRequiredService<IOptions<StorageOptions>>().Value.MediaDirectory));
        return services;
    }
}
