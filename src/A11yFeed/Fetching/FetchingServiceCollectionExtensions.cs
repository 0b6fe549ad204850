using System.Net;
using A11yFeed.Model;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace A11yFeed.Fetching;

public static class FetchingServiceCollectionExtensions
{
    public static IServiceCollection AddFetching(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<FetchOptions>(configuration, FetchOptions.Section);
        services.TryAddSingleton(TimeProvider.System);

        services.TryAddSingleton<OutboundConnector>();
        services.AddHttpClient(HttpDocumentFetcher.ClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(provider => new SocketsHttpHandler
            {
                // Redirects are followed by HttpDocumentFetcher, hop by hop.
                AllowAutoRedirect = false,
                AutomaticDecompression = DecompressionMethods.All,
                UseCookies = false,

                // Every connection goes through the internal-address check; a proxy would connect on our behalf
                // to addresses we never saw, so none is used.
                UseProxy = false,
                ConnectCallback = provider.GetRequiredService<OutboundConnector>().ConnectAsync,
            })
            .AddResilienceHandler("fetch", static (pipeline, context) =>
            {
                var options = context.ServiceProvider.GetRequiredService<IOptions<FetchOptions>>().Value;
                var retryable = new HttpRetryStrategyOptions().ShouldHandle;
                pipeline.AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = Math.Max(options.MaxRetries, 1),

                    // A server asking for a long pause gets it: the next poll tries again instead of a retry now.
                    ShouldHandle = args => options.MaxRetries == 0 || AsksForLongPause(args.Outcome.Result) || IsRefused(args.Outcome.Exception)
                        ? ValueTask.FromResult(false)
                        : retryable(args),
                    Delay = options.RetryDelay,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                });
                pipeline.AddTimeout(options.Timeout);
            });

        services.TryAddSingleton<HostRequestGate>();
        services.TryAddSingleton<RobotsTxtCache>();
        services.TryAddSingleton<IDocumentFetcher, HttpDocumentFetcher>();
        services.TryAddSingleton<DocumentLoader>();
        return services;
    }

    /// <summary>A refused internal address is refused again on every try.</summary>
    internal static bool IsRefused(Exception? exception) =>
        exception is HttpRequestException { InnerException: InternalAddressRefusedException };

    private static bool AsksForLongPause(HttpResponseMessage? response) =>
        response?.Headers.RetryAfter is { } retryAfter
        && (retryAfter.Delta > LongestRetryAfter || retryAfter.Date is not null);

    private static readonly TimeSpan LongestRetryAfter = TimeSpan.FromSeconds(30);
}
