using Microsoft.Extensions.DependencyInjection.Extensions;

namespace A11yFeed.Feeds;

public static class FeedsServiceCollectionExtensions
{
    /// <summary>
    /// Feed options (section "Feeds"), the feed query and the three writers. The pages and media
    /// endpoints use the same services, so this is all they need besides the database, catalog and media store.
    /// </summary>
    public static IServiceCollection AddFeeds(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<FeedOptions>()
            .Bind(configuration.GetSection(FeedOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<FeedQuery>();
        services.AddSingleton<RssFeedWriter>();
        services.AddSingleton<AtomFeedWriter>();
        services.AddSingleton<JsonFeedWriter>();
        return services;
    }
}
