using System.ComponentModel.DataAnnotations;

namespace A11yFeed.Fetching;

public sealed class FetchOptions : IValidatableObject
{
    public const string Section = "Fetch";

    /// <summary>Longest wait for one attempt, headers and body together.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Responses larger than this are refused; no news page or feed is this big.</summary>
    [Range(1024, 1024L * 1024 * 1024)]
    public long MaxResponseBytes { get; set; } = 10 * 1024 * 1024;

    [Range(0, 20)]
    public int MaxRedirects { get; set; } = 5;

    /// <summary>Says honestly who is asking, so site operators can tell this reader from a browser.</summary>
    [Required]
    public string UserAgent { get; set; } = "A11yFeed/1.0 (+accessible news audio; contact in config)";

    /// <summary>At most this many requests to one host at once; small government sites are easily overloaded.</summary>
    [Range(1, 16)]
    public int PerHostConcurrency { get; set; } = 1;

    /// <summary>Least time between the starts of two requests to one host.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan MinDelayPerHost { get; set; } = TimeSpan.FromSeconds(1);

    public bool RespectRobotsTxt { get; set; } = true;

    /// <summary>How long a host's robots.txt is trusted before it is read again.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "7.00:00:00")]
    public TimeSpan RobotsTxtCacheDuration { get; set; } = TimeSpan.FromHours(12);

    /// <summary>Retries after the first attempt for 5xx, 408, 429 and timeouts.</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    /// <summary>First retry delay; later ones grow exponentially, with jitter.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Internal hosts sources may reach. By default nothing on this machine or a private, link-local or
    /// otherwise internal network is fetched, whatever a feed, list page or redirect points at (see
    /// <see cref="InternalAddresses"/>). An entry is a host name as written in source URLs ("news.intranet"),
    /// which allows that name only, or an address or CIDR range ("10.1.2.3", "10.1.0.0/16"), which allows URLs
    /// written with an address inside it.
    /// </summary>
    public List<string> AllowedInternalHosts { get; set; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var entry in AllowedInternalHosts.Where(e => !InternalHostAllowList.IsValidEntry(e)))
        {
            yield return new ValidationResult(
                $"Fetch:AllowedInternalHosts entry '{entry}' is not a host name, an address or a CIDR range.", [nameof(AllowedInternalHosts)]);
        }
    }
}
