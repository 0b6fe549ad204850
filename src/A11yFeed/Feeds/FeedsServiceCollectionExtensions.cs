using A11yFeed.Artwork;
using Microsoft.AspNetCore.ResponseCompression;

namespace A11yFeed.Feeds;

public static class FeedsServiceCollectionExtensions
{
    /// <summary>The feed formats, compressed like the site's other text; audio and PNG are compressed already.</summary>
    public static readonly string[] CompressedMediaTypes =
    [
        RssFeedWriter.MediaType,
        AtomFeedWriter.MediaType,
        JsonFeedWriter.MediaType,
        OpmlWriter.MediaType,
    ];

    /// <summary>The feed writers and podcast artwork; they need AddPublishing.</summary>
    public static IServiceCollection AddFeeds(this IServiceCollection services)
    {
        services.AddSingleton<RssFeedWriter>();
        services.AddSingleton<AtomFeedWriter>();
        services.AddSingleton<JsonFeedWriter>();
        services.AddSingleton<OpmlWriter>();
        services.AddSingleton<ArtworkRenderer>();
        services.Configure<ResponseCompressionOptions>(options => options.MimeTypes = [.. options.MimeTypes, .. CompressedMediaTypes]);
        return services;
    }
}
