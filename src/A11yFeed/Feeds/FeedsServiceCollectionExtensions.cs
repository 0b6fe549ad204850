using System.IO.Compression;
using A11yFeed.Hosting;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace A11yFeed.Feeds;

public static class FeedsServiceCollectionExtensions
{
    /// <summary>Text types worth compressing; audio and PNG are compressed already and are left alone.</summary>
    public static readonly string[] CompressedMediaTypes =
    [
        .. ResponseCompressionDefaults.MimeTypes,
        RssFeedWriter.MediaType,
        AtomFeedWriter.MediaType,
        JsonFeedWriter.MediaType,
        "text/x-opml",
    ];

    /// <summary>
    /// Feed options (section "Feeds"), the feed query, the writers, artwork, the WebSub notice
    /// (<see cref="IFeedChangeNotifier"/>, which needs Hangfire only when a hub is set) and gzip/Brotli response
    /// compression (the app must call UseResponseCompression). The pages and media endpoints use the same
    /// services, so this is all they need besides the database, catalog and media store.
    /// </summary>
    public static IServiceCollection AddFeeds(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<FeedOptions>(configuration, FeedOptions.Section);
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<FeedQuery>();
        services.AddSingleton<RssFeedWriter>();
        services.AddSingleton<AtomFeedWriter>();
        services.AddSingleton<JsonFeedWriter>();
        services.AddSingleton<OpmlWriter>();
        services.AddSingleton<ArtworkRenderer>();
        services.AddSingleton<ContentVersions>();
        services.AddSingleton<FeedResponseCache>();
        services.AddHttpClient(PingWebSubHubJob.ClientName, client => client.Timeout = TimeSpan.FromSeconds(30));
        services.AddScoped<PingWebSubHubJob>();
        // A factory, so hosts without Hangfire (tests serving feeds only) never need its job client.
        services.TryAddSingleton<IFeedChangeNotifier>(provider =>
            provider.GetRequiredService<IOptions<FeedOptions>>().Value.WebSubHubUri is null
                ? new NoFeedChangeNotifier()
                : ActivatorUtilities.CreateInstance<WebSubNotifier>(provider));
        services.AddResponseCompression(options =>
        {
            // Feeds and pages carry no secrets or tokens, so compressing over HTTPS gives nothing away.
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = CompressedMediaTypes;
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        return services;
    }
}
