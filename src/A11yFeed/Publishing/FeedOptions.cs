using System.ComponentModel.DataAnnotations;

namespace A11yFeed.Publishing;

public sealed class FeedOptions : IValidatableObject
{
    public const string Section = "Feeds";

    /// <summary>Title of the site and of the combined feed.</summary>
    [Required]
    public string SiteTitle { get; set; } = "A11yFeed";

    /// <summary>
    /// Absolute http(s) URL the site is reached at from outside (behind a proxy, say). When unset, links
    /// are built from each request's scheme, host and path base.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>Newest items per feed; also how many articles a source page lists.</summary>
    [Range(1, 500)]
    public int ItemsPerFeed { get; set; } = 50;

    /// <summary>Who runs the feeds, shown to podcast directories as itunes:author and itunes:owner; defaults to <see cref="SiteTitle"/>.</summary>
    public string? OwnerName { get; set; }

    /// <summary>Optional contact address for podcast directories (itunes:owner); left out of feeds when unset.</summary>
    [EmailAddress]
    public string? OwnerEmail { get; set; }

    /// <summary>The Apple Podcasts category of every feed.</summary>
    [Required]
    public string Category { get; set; } = "News";

    /// <summary>
    /// Optional WebSub hub (absolute http or https URL). When set, RSS, Atom and JSON feeds name it and it is told
    /// whenever a source's feed changes, so subscribers hear of new episodes without polling. Needs <see cref="PublicBaseUrl"/>.
    /// </summary>
    public string? WebSubHub { get; set; }

    /// <summary>The validated <see cref="WebSubHub"/>, or null.</summary>
    public Uri? WebSubHubUri =>
        !string.IsNullOrWhiteSpace(WebSubHub)
        && Uri.TryCreate(WebSubHub.Trim(), UriKind.Absolute, out var hub)
        && hub.Scheme is "http" or "https"
            ? hub : null;

    /// <summary>The validated <see cref="PublicBaseUrl"/>, ending in a slash, or null.</summary>
    public Uri? PublicBaseUri =>
        TryParseBase(PublicBaseUrl, out var uri) ? uri : null;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(PublicBaseUrl) && !TryParseBase(PublicBaseUrl, out _))
        {
            yield return new ValidationResult(
                $"Feeds:PublicBaseUrl '{PublicBaseUrl}' must be an absolute http or https URL without query or fragment.",
                [nameof(PublicBaseUrl)]);
        }

        if (!string.IsNullOrWhiteSpace(WebSubHub))
        {
            if (WebSubHubUri is null)
            {
                yield return new ValidationResult(
                    $"Feeds:WebSubHub '{WebSubHub}' must be an absolute http or https URL.", [nameof(WebSubHub)]);
            }
            else if (PublicBaseUri is null)
            {
                // The hub is told feed URLs outside any request, so they must come from the configured base.
                yield return new ValidationResult(
                    "Feeds:WebSubHub needs Feeds:PublicBaseUrl, the address subscribers reach the feeds at.",
                    [nameof(WebSubHub), nameof(PublicBaseUrl)]);
            }
        }
    }

    private static bool TryParseBase(string? value, out Uri? uri)
    {
        uri = null;
        if (string.IsNullOrWhiteSpace(value)
            || !Uri.TryCreate(value.Trim(), UriKind.Absolute, out var parsed)
            || parsed.Scheme is not ("http" or "https")
            || parsed.Query.Length > 0
            || parsed.Fragment.Length > 0)
        {
            return false;
        }

        // Relative links resolve under the base only when its path ends in a slash.
        uri = parsed.AbsolutePath.EndsWith('/') ? parsed : new Uri(parsed.GetLeftPart(UriPartial.Path) + "/");
        return true;
    }
}
