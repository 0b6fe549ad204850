using A11yFeed.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace A11yFeed.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// The article database (EF Core) under <see cref="StorageOptions.DataDirectory"/>, and the media store the
    /// <c>Media</c> settings choose: that folder's <c>media</c> (the default) or an S3-compatible bucket.
    /// </summary>
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<StorageOptions>(configuration, StorageOptions.Section);

        services.AddDbContext<A11yFeedDbContext>((provider, options) =>
        {
            var storage = provider.GetRequiredService<IOptions<StorageOptions>>().Value;
            options.UseSqlite(storage.ConnectionString ?? $"Data Source={storage.DatabasePath}");
        });

        services.AddValidatedOptions<MediaOptions>(configuration, MediaOptions.Section);
        services.AddSingleton<IMediaStore>(provider =>
            provider.GetRequiredService<IOptions<MediaOptions>>().Value is { UsesS3: true } media
                ? new S3MediaStore(media.S3, provider.GetRequiredService<ILogger<S3MediaStore>>())
                : new LocalDiskMediaStore(provider.GetRequiredService<IOptions<StorageOptions>>().Value.MediaDirectory));
        return services;
    }
}
