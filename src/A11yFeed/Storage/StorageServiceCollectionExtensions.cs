using A11yFeed.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace A11yFeed.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// The article database (EF Core on the provider <see cref="StorageOptions.Provider"/> names), the locks that hold
    /// across processes, and the media store the <c>Media</c> settings choose: the data folder's <c>media</c> (the
    /// default) or an S3-compatible bucket.
    /// </summary>
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<StorageOptions>(configuration, StorageOptions.Section);

        // Both are registered; the settings, read when a context is first asked for, say which one everything gets.
        services.AddDbContext<SqliteA11yFeedDbContext>((provider, options) =>
            options.UseSqlite(provider.GetRequiredService<IOptions<StorageOptions>>().Value.SqliteConnectionString));
        services.AddDbContext<PostgresA11yFeedDbContext>((provider, options) =>
            options.UseNpgsql(provider.GetRequiredService<IOptions<StorageOptions>>().Value.ConnectionString));
        services.AddScoped<A11yFeedDbContext>(provider =>
            provider.GetRequiredService<IOptions<StorageOptions>>().Value.IsPostgres
                ? provider.GetRequiredService<PostgresA11yFeedDbContext>()
                : provider.GetRequiredService<SqliteA11yFeedDbContext>());
        services.AddSingleton<DatabaseLocks>();

        services.AddValidatedOptions<MediaOptions>(configuration, MediaOptions.Section);
        services.AddSingleton<IMediaStore>(provider =>
            provider.GetRequiredService<IOptions<MediaOptions>>().Value is { UsesS3: true } media
                ? new S3MediaStore(media.S3, provider.GetRequiredService<ILogger<S3MediaStore>>())
                : new LocalDiskMediaStore(provider.GetRequiredService<IOptions<StorageOptions>>().Value.MediaDirectory));
        return services;
    }
}
