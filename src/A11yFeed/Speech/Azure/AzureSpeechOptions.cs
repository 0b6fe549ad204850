using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;

namespace A11yFeed.Speech.Azure;

/// <summary>
/// Azure neural voices through the text to speech REST API. The engine is enabled only when a key is set, here or
/// in the <c>AZURE_SPEECH_KEY</c> environment variable, so a host without one simply keeps speaking with espeak-ng.
/// </summary>
public sealed partial class AzureSpeechOptions : IValidatableObject
{
    public const string Section = "Speech:Azure";

    /// <summary>Read when <see cref="Key"/> is not configured, so the key can stay out of settings files.</summary>
    public const string KeyEnvironmentVariable = "AZURE_SPEECH_KEY";

    /// <summary>The Speech resource's region, e.g. "eastasia"; the endpoints are derived from it.</summary>
    public string? Region { get; set; }

    /// <summary>The Speech resource key. Never logged.</summary>
    public string? Key { get; set; }

    /// <summary>Synthesis endpoint instead of https://{Region}.tts.speech.microsoft.com/cognitiveservices/v1 (sovereign clouds, tests).</summary>
    public string? Endpoint { get; set; }

    /// <summary>Token endpoint instead of https://{Region}.api.cognitive.microsoft.com/sts/v1.0/issueToken.</summary>
    public string? TokenEndpoint { get; set; }

    /// <summary>An MP3 format the service offers; the answer is decoded to PCM here.</summary>
    [Required]
    public string OutputFormat { get; set; } = "audio-24khz-96kbitrate-mono-mp3";

    /// <summary>Voice per language tag, matched exactly first and then by primary language ("zh-TW", then "zh").</summary>
    public Dictionary<string, string> Voices { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["zh"] = "zh-CN-XiaoxiaoNeural",
        ["zh-CN"] = "zh-CN-XiaoxiaoNeural",
        ["zh-TW"] = "zh-TW-HsiaoChenNeural",
        ["zh-HK"] = "zh-HK-HiuMaanNeural",
        ["en"] = "en-US-AvaMultilingualNeural",
        ["en-GB"] = "en-GB-SoniaNeural",
    };

    /// <summary>Retries after 429, 5xx, a timeout or a dropped connection, before the sentence fails.</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 4;

    /// <summary>First backoff delay; doubled per retry, with jitter, when the service gives no Retry-After.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest wait between two attempts, whatever Retry-After asks.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long one HTTP request may take before it is abandoned as hung.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Longest text in one request; longer texts are split at sentence and comma boundaries.</summary>
    [Range(20, 5000)]
    public int MaxCharsPerRequest { get; set; } = 1000;

    /// <summary>How long an issued token is reused; the service's tokens live 10 minutes.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(9);

    public bool IsEnabled => !string.IsNullOrWhiteSpace(Key);

    public Uri SynthesisUri() => new(Endpoint ?? $"https://{Region}.tts.speech.microsoft.com/cognitiveservices/v1");

    public Uri TokenUri() => new(TokenEndpoint ?? $"https://{Region}.api.cognitive.microsoft.com/sts/v1.0/issueToken");

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!OutputFormat.Contains("mp3", StringComparison.OrdinalIgnoreCase))
        {
            yield return new ValidationResult($"Speech:Azure:OutputFormat '{OutputFormat}' is not an MP3 format.", [nameof(OutputFormat)]);
        }

        if (!IsEnabled)
        {
            yield break;
        }

        if (!string.IsNullOrWhiteSpace(Region) && !RegionName().IsMatch(Region))
        {
            yield return new ValidationResult($"Speech:Azure:Region '{Region}' is not a region name such as 'eastasia'.", [nameof(Region)]);
        }

        var hasRegion = !string.IsNullOrWhiteSpace(Region);
        foreach (var (name, value) in new[] { (nameof(Endpoint), Endpoint), (nameof(TokenEndpoint), TokenEndpoint) })
        {
            if (value is null && !hasRegion)
            {
                yield return new ValidationResult($"Speech:Azure needs a Region, or both Endpoint and TokenEndpoint, when a key is set.", [name]);
            }
            else if (value is not null && (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http")))
            {
                yield return new ValidationResult($"Speech:Azure:{name} '{value}' is not an absolute http(s) URL.", [name]);
            }
        }
    }

    [GeneratedRegex("^[a-z0-9]{2,40}$")]
    private static partial Regex RegionName();
}
