using System.IO.Compression;
using A11yFeed.Model;
using A11yFeed.Storage;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace A11yFeed.Publishing;

public static class PublishingServiceCollectionExtensions
{
    /// <summary>
    /// What feeds and pages share: the site options (section "Feeds"), the query over published articles, the
    /// response cache, and gzip/Brotli response compression of text (the app must call UseResponseCompression; feed
    /// formats add their own media types).
    /// </summary>
    public static IServiceCollection AddPublishing(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<FeedOptions>(configuration, FeedOptions.Section);
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<FeedQuery>();
        services.AddSingleton<ContentVersions>();
        services.TryAddSingleton<DatabaseChangeCounter>();
        services.AddSingleton<FeedResponseCache>();
        services.AddResponseCompression(options =>
        {
            // Feeds and pages carry no secrets or tokens, so compressing over HTTPS gives nothing away.
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes;
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        return services;
    }
}
