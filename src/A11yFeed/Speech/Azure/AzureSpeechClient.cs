using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Timeout;

namespace A11yFeed.Speech.Azure;

/// <summary>
/// Sends one SSML document to the synthesis endpoint and returns the MP3 it answers. Its HTTP client carries the
/// retries and timeouts (<see cref="AzureSpeechResilience"/>) and the bearer token (<see cref="AzureTokenHandler"/>);
/// here an answer is turned into audio or into a <see cref="SpeechException"/> in the service's own words.
/// </summary>
internal sealed class AzureSpeechClient(IHttpClientFactory httpClients, IOptions<AzureSpeechOptions> options, ILogger<AzureSpeechClient> logger)
{
    public const string HttpClientName = "azure-speech";
    private const int MaxErrorTextChars = 500;

    public async Task<byte[]> SynthesizeAsync(string ssml, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var request = BuildRequest(settings, ssml);
        Outcome<HttpResponseMessage> last;
        try
        {
            using var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                return await ReadAudioAsync(response, cancellationToken);
            }

            if (!AzureSpeechResilience.IsTransient(response.StatusCode))
            {
                throw new SpeechException(
                    $"Azure speech refused the request: {(int)response.StatusCode} {response.ReasonPhrase}: {await ErrorTextAsync(response, settings, cancellationToken)}");
            }

            last = Outcome.FromResult(response);
        }
        catch (Exception ex) when (ex is TimeoutRejectedException or AzureTransientException or HttpRequestException)
        {
            if (ex is HttpRequestException)
            {
                logger.LogWarning(ex, "Azure speech request failed on its last attempt");
            }

            last = Outcome.FromException<HttpResponseMessage>(ex);
        }

        // The pipeline gives up on a transient failure only when every retry is spent.
        throw new SpeechException(
            $"Azure speech failed after {settings.MaxRetries + 1} attempts; the last: {AzureSpeechResilience.Describe(last, settings)}.");
    }

    private static HttpRequestMessage BuildRequest(AzureSpeechOptions settings, string ssml)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, settings.SynthesisUri())
        {
            Content = new StringContent(ssml, new UTF8Encoding(false), "application/ssml+xml"),
        };
        request.Headers.Add("X-Microsoft-OutputFormat", settings.OutputFormat);
        request.Headers.UserAgent.Add(new ProductInfoHeaderValue("A11yFeed", "1.0"));
        return request;
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
