using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace A11yFeed.Speech.Azure;

/// <summary>
/// What the synthesis client does about failures: throttling (429), server errors, timeouts, dropped connections
/// and a token endpoint that is briefly down are retried with jittered exponential backoff, waiting as long as
/// Retry-After asks but never more than <see cref="AzureSpeechOptions.MaxRetryDelay"/>; each attempt has its own
/// <see cref="AzureSpeechOptions.Timeout"/>. Anything else the service refuses is the caller's to report.
/// </summary>
internal static class AzureSpeechResilience
{
    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, ResilienceHandlerContext context)
    {
        var settings = context.ServiceProvider.GetRequiredService<IOptions<AzureSpeechOptions>>().Value;
        var clock = context.ServiceProvider.GetRequiredService<TimeProvider>();
        var logger = context.ServiceProvider.GetRequiredService<ILogger<AzureSpeechClient>>();
        pipeline.TimeProvider = clock;
        pipeline.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
        {
            // Polly needs at least one retry; with none configured nothing is worth one.
            MaxRetryAttempts = Math.Max(settings.MaxRetries, 1),
            ShouldHandle = args => ValueTask.FromResult(settings.MaxRetries > 0 && IsTransient(args.Outcome)),
            Delay = settings.RetryDelay,
            MaxDelay = settings.MaxRetryDelay,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            DelayGenerator = args => ValueTask.FromResult(
                RetryAfter(args.Outcome, clock) is { } asked && asked > TimeSpan.Zero
                    ? asked > settings.MaxRetryDelay ? settings.MaxRetryDelay : asked
                    : (TimeSpan?)null),
            OnRetry = args =>
            {
                logger.LogWarning(
                    args.Outcome.Exception as HttpRequestException,
                    "Azure speech attempt {Attempt} failed ({Failure}); retrying in {Delay}",
                    args.AttemptNumber + 1,
                    Describe(args.Outcome, settings),
                    args.RetryDelay);
                return ValueTask.CompletedTask;
            },
        });
        pipeline.AddTimeout(settings.Timeout);
    }

    public static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout || (int)status >= 500;

    public static TimeSpan? RetryAfter(RetryConditionHeaderValue? header, TimeProvider clock) => header switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - clock.GetUtcNow(),
        _ => null,
    };

    /// <summary>Why an attempt failed, in words that never carry the key.</summary>
    public static string Describe(Outcome<HttpResponseMessage> outcome, AzureSpeechOptions settings) => outcome switch
    {
        { Result: { } response } => $"{(int)response.StatusCode} {response.ReasonPhrase}",
        { Exception: TimeoutRejectedException } => $"no answer within {settings.Timeout}",
        { Exception: AzureTransientException transient } => transient.Message,
        _ => "the connection failed",
    };

    private static bool IsTransient(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Result: { } response } => IsTransient(response.StatusCode),
        { Exception: HttpRequestException or TimeoutRejectedException or AzureTransientException } => true,
        _ => false,
    };

    private static TimeSpan? RetryAfter(Outcome<HttpResponseMessage> outcome, TimeProvider clock) => outcome switch
    {
        { Result: { } response } => RetryAfter(response.Headers.RetryAfter, clock),
        { Exception: AzureTransientException transient } => transient.RetryAfter,
        _ => null,
    };
}
