using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Options;

namespace A11yFeed.Speech.Azure;

/// <summary>
/// Sends one SSML document to the synthesis endpoint and returns the MP3 it answers. Throttling (429), server
/// errors, timeouts and dropped connections are retried with jittered exponential backoff, waiting as long as
/// Retry-After asks; a 401 fetches a fresh token once; anything else the service refuses fails at once with its
/// own explanation. Our own loop rather than a resilience pipeline, because the 401 step needs the token provider.
/// </summary>
internal sealed class AzureSpeechClient(
    IHttpClientFactory httpClients,
    AzureTokenProvider tokens,
    IOptions<AzureSpeechOptions> options,
    TimeProvider clock,
    ILogger<AzureSpeechClient> logger)
{
    public const string HttpClientName = "azure-speech";
    private const int MaxErrorTextChars = 500;

    public async Task<byte[]> SynthesizeAsync(string ssml, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var refreshed = false;
        for (var attempt = 1; ; attempt++)
        {
            string failure;
            TimeSpan? retryAfter = null;
            try
            {
                var token = await tokens.GetAsync(cancellationToken);
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                timeout.CancelAfter(settings.Timeout);
                using var request = BuildRequest(settings, ssml, token);
                using var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, timeout.Token);
                if (response.IsSuccessStatusCode)
                {
                    return await ReadAudioAsync(response, timeout.Token);
                }

                if (response.StatusCode == HttpStatusCode.Unauthorized && !refreshed)
                {
                    // Tokens can expire or be revoked before our reuse window ends: one fresh token, then give up.
                    logger.LogInformation("Azure speech rejected its token on attempt {Attempt}; fetching a new one", attempt);
                    tokens.Invalidate(token);
                    refreshed = true;
                    attempt--;
                    continue;
                }

                var status = (int)response.StatusCode;
                if (!IsTransient(response.StatusCode))
                {
                    throw new SpeechException(
                        $"Azure speech refused the request: {status} {response.ReasonPhrase}: {await ErrorTextAsync(response, settings, timeout.Token)}");
                }

                failure = $"{status} {response.ReasonPhrase}";
                retryAfter = RetryAfter(response.Headers.RetryAfter, clock);
            }
            catch (AzureTransientException ex)
            {
                failure = ex.Message;
                retryAfter = ex.RetryAfter;
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                failure = $"no answer within {settings.Timeout}";
            }
            catch (HttpRequestException ex)
            {
                logger.LogWarning(ex, "Azure speech request failed on attempt {Attempt}", attempt);
                failure = "the connection failed";
            }

            if (attempt > settings.MaxRetries)
            {
                throw new SpeechException($"Azure speech failed after {attempt} attempts; the last: {failure}.");
            }

            var delay = Delay(settings, attempt, retryAfter);
            logger.LogWarning(
                "Azure speech attempt {Attempt} failed ({Failure}); retrying in {Delay}", attempt, failure, delay);
            await Task.Delay(delay, clock, cancellationToken);
        }
    }

    private static HttpRequestMessage BuildRequest(AzureSpeechOptions settings, string ssml, string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, settings.SynthesisUri())
        {
            Content = new StringContent(ssml, new UTF8Encoding(false), "application/ssml+xml"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.Add("X-Microsoft-OutputFormat", settings.OutputFormat);
        request.Headers.UserAgent.Add(new ProductInfoHeaderValue("A11yFeed", "1.0"));
        return request;
    }

    public static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout || (int)status >= 500;

    public static TimeSpan? RetryAfter(RetryConditionHeaderValue? header, TimeProvider clock) => header switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - clock.GetUtcNow(),
        _ => null,
    };

    /// <summary>Retry-After when the service gave one, else exponential backoff with equal jitter; never above the cap.</summary>
    private static TimeSpan Delay(AzureSpeechOptions settings, int attempt, TimeSpan? retryAfter)
    {
        var backoff = settings.RetryDelay * Math.Pow(2, attempt - 1);
        var jittered = backoff / 2 + backoff / 2 * Random.Shared.NextDouble();
        var delay = retryAfter is { } asked && asked > TimeSpan.Zero ? asked : jittered;
        return delay > settings.MaxRetryDelay ? settings.MaxRetryDelay : delay;
    }

    private static async Task<byte[]> ReadAudioAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var type = response.Content.Headers.ContentType?.MediaType;
        if (type is null || !type.StartsWith("audio/", StringComparison.OrdinalIgnoreCase))
        {
            throw new SpeechException($"Azure speech answered with '{type ?? "no content type"}' instead of audio.");
        }

        return await response.Content.ReadAsByteArrayAsync(cancellationToken);
    }

    private static async Task<string> ErrorTextAsync(HttpResponseMessage response, AzureSpeechOptions settings, CancellationToken cancellationToken)
    {
        var text = (await response.Content.ReadAsStringAsync(cancellationToken)).Trim();
        if (settings.Key is { Length: > 0 } key)
        {
            text = text.Replace(key, "[key]", StringComparison.Ordinal);
        }

        if (text.Length > MaxErrorTextChars)
        {
            text = text[..MaxErrorTextChars] + "…";
        }

        return text.Length == 0 ? "(no explanation given)" : text;
    }
}
