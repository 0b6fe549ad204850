using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Options;

namespace A11yFeed.Speech.Azure;

/// <summary>
/// Exchanges the resource key for a bearer token and reuses it until shortly before it expires, so a long article
/// costs one token request, not one per sentence. Only one exchange runs at a time; callers waiting on it share its token.
/// </summary>
internal sealed class AzureTokenProvider(
    IHttpClientFactory httpClients,
    IOptions<AzureSpeechOptions> options,
    TimeProvider clock,
    ILogger<AzureTokenProvider> logger) : IDisposable
{
    /// <summary>A client of its own: token requests carry the key, never a token, and their failures are retried by the synthesis attempt that needed the token.</summary>
    public const string HttpClientName = "azure-speech-token";

    private readonly SemaphoreSlim _gate = new(1, 1);
    private string? _token;
    private long _expiresUtcTicks;

    public async Task<string> GetAsync(CancellationToken cancellationToken)
    {
        if (Current() is { } token)
        {
            return token;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            return Current() ?? await FetchAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Forgets <paramref name="rejected"/> (the service said 401), unless another caller already replaced it.</summary>
    public void Invalidate(string rejected) => Interlocked.CompareExchange(ref _token, null, rejected);

    private string? Current()
    {
        var token = Volatile.Read(ref _token);
        return token is not null && clock.GetUtcNow().UtcTicks < Interlocked.Read(ref _expiresUtcTicks) ? token : null;
    }

    private async Task<string> FetchAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var request = new HttpRequestMessage(HttpMethod.Post, settings.TokenUri()) { Content = new ByteArrayContent([]) };
        request.Headers.Add("Ocp-Apim-Subscription-Key", settings.Key);
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.Timeout);
        HttpResponseMessage response;
        try
        {
            response = await httpClients.CreateClient(HttpClientName).SendAsync(request, timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new AzureTransientException($"no token within {settings.Timeout}");
        }
        catch (HttpRequestException ex)
        {
            throw new AzureTransientException("the token endpoint could not be reached", null, ex);
        }

        using (response)
        {
            if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
            {
                throw new SpeechException($"Azure refused the Speech:Azure:Key ({(int)response.StatusCode}); check the key and region.");
            }

            if (AzureSpeechResilience.IsTransient(response.StatusCode))
            {
                throw new AzureTransientException(
                    $"the token endpoint answered {(int)response.StatusCode} {response.ReasonPhrase}", AzureSpeechResilience.RetryAfter(response.Headers.RetryAfter, clock));
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new SpeechException($"The Azure token endpoint answered {(int)response.StatusCode} {response.ReasonPhrase}.");
            }

            var token = (await response.Content.ReadAsStringAsync(cancellationToken)).Trim();
            if (token.Length == 0 || token.Any(char.IsWhiteSpace))
            {
                throw new SpeechException("The Azure token endpoint answered without a token.");
            }

            var expires = clock.GetUtcNow() + settings.TokenLifetime;
            Interlocked.Exchange(ref _expiresUtcTicks, expires.UtcTicks);
            Volatile.Write(ref _token, token);
            logger.LogDebug("Fetched an Azure speech token, reused until {Expires}", expires);
            return token;
        }
    }

    public void Dispose() => _gate.Dispose();
}
