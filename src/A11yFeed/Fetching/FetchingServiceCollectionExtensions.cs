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

        services.AddHttpClient(HttpDocumentFetcher.ClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                // Redirects are followed by HttpDocumentFetcher, hop by hop.
                AllowAutoRedirect = false,
                AutomaticDecompression = DecompressionMethods.All,
                UseCookies = false,
            })
            .AddResilienceHandler("fetch", static (pipeline, context) =>
            {
                var options = context.ServiceProvider.GetRequiredService<IOptions<FetchOptions>>().Value;
                var retryable = new HttpRetryStrategyOptions().ShouldHandle;
                pipeline.AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = Math.Max(options.MaxRetries, 1),

                    // A server asking for a long pause gets it: the next poll tries again instead of a retry now.
                    ShouldHandle = args => options.MaxRetries == 0 || AsksForLongPause(args.Outcome.Result)
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

    private static bool AsksForLongPause(HttpResponseMessage? response) =>
        response?.Headers.RetryAfter is { } retryAfter
        && (retryAfter.Delta > LongestRetryAfter || retryAfter.Date is not null);

    private static readonly TimeSpan LongestRetryAfter = TimeSpan.FromSeconds(30);
}
