using A11yFeed.Publishing;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace A11yFeed.Jobs;

public static class WebSubServiceCollectionExtensions
{
    /// <summary>
    /// The WebSub notice (<see cref="IFeedChangeNotifier"/>) sent when a source's feed changes and a hub is configured
    /// (needs AddPublishing for the hub setting). A factory, so hosts without Hangfire and without a hub never need
    /// its job client.
    /// </summary>
    public static IServiceCollection AddWebSub(this IServiceCollection services)
    {
        services.AddHttpClient(PingWebSubHubJob.ClientName, client => client.Timeout = TimeSpan.FromSeconds(30));
        services.AddScoped<PingWebSubHubJob>();
        services.TryAddSingleton<IFeedChangeNotifier>(provider =>
            provider.GetRequiredService<IOptions<FeedOptions>>().Value.WebSubHubUri is null
                ? new NoFeedChangeNotifier()
                : ActivatorUtilities.CreateInstance<WebSubNotifier>(provider));
        return services;
    }
}
