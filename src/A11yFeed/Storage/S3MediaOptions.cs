using System.ComponentModel.DataAnnotations;
using System.Diagnostics.CodeAnalysis;

namespace A11yFeed.Storage;

/// <summary>
/// The bucket of <c>Media:Provider=S3</c>. Credentials are not settings: the AWS SDK reads them from the standard
/// <c>AWS_ACCESS_KEY_ID</c> and <c>AWS_SECRET_ACCESS_KEY</c> variables (or its other usual sources), never from a file
/// in the repository.
/// </summary>
public sealed class S3MediaOptions : IValidatableObject
{
    /// <summary>The endpoint of an S3-compatible server (MinIO, Garage, Ceph, a cloud's S3 API); unset means AWS in <see cref="Region"/>.</summary>
    public string? ServiceUrl { get; set; }

    [Required(ErrorMessage = "Media:S3:Bucket is required when Media:Provider is S3.")]
    [RegularExpression("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$", ErrorMessage = "Media:S3:Bucket must be a valid bucket name (3 to 63 lower-case letters, digits, dots and hyphens).")]
    public string? Bucket { get; set; }

    /// <summary>The region requests are signed for; most S3-compatible servers accept the default.</summary>
    [Required(ErrorMessage = "Media:S3:Region is required when Media:Provider is S3.")]
    public string Region { get; set; } = "us-east-1";

    /// <summary>Addresses the bucket as a path (<c>http://host/bucket/key</c>) instead of a host name: most self-hosted servers need it.</summary>
    public bool ForcePathStyle { get; set; }

    /// <summary>Prepended to every media key (for example "a11yfeed/"), so several services can share a bucket.</summary>
    public string? KeyPrefix { get; set; }

    /// <summary>
    /// Optional public address of the bucket (or a CDN in front of it) ending where keys begin, with the prefix
    /// included: <c>/media/KEY</c> then answers 302 to it instead of passing the bytes through the service.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>The validated <see cref="ServiceUrl"/>, or null for AWS itself.</summary>
    public Uri? ServiceUri => TryParseHttp(ServiceUrl, out var uri) ? uri : null;

    /// <summary>The validated <see cref="PublicBaseUrl"/>, ending in a slash, or null.</summary>
    public Uri? PublicBaseUri =>
        TryParseHttp(PublicBaseUrl, out var uri) && uri.Query.Length == 0 && uri.Fragment.Length == 0
            ? uri.AbsolutePath.EndsWith('/') ? uri : new Uri(uri.GetLeftPart(UriPartial.Path) + "/")
            : null;

    /// <summary>"" or the prefix without leading slash and with one trailing slash.</summary>
    public string NormalisedKeyPrefix =>
        KeyPrefix?.Trim().Trim('/') is { Length: > 0 } prefix ? prefix + "/" : "";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(ServiceUrl) && ServiceUri is null)
        {
            yield return new ValidationResult(
                $"Media:S3:ServiceUrl '{ServiceUrl}' must be an absolute http or https URL.", [nameof(ServiceUrl)]);
        }

        if (!string.IsNullOrWhiteSpace(PublicBaseUrl) && PublicBaseUri is null)
        {
            yield return new ValidationResult(
                $"Media:S3:PublicBaseUrl '{PublicBaseUrl}' must be an absolute http or https URL without query or fragment.",
                [nameof(PublicBaseUrl)]);
        }

        if (NormalisedKeyPrefix.Length > 0 && !MediaKey.IsValid(NormalisedKeyPrefix.TrimEnd('/')))
        {
            yield return new ValidationResult(
                $"Media:S3:KeyPrefix '{KeyPrefix}' may hold only letters, digits, '.', '_', '-' and '/' between names.",
                [nameof(KeyPrefix)]);
        }
    }

    private static bool TryParseHttp(string? value, [NotNullWhen(true)] out Uri? uri)
    {
        uri = null;
        return !string.IsNullOrWhiteSpace(value)
            && Uri.TryCreate(value.Trim(), UriKind.Absolute, out uri)
            && uri.Scheme is "http" or "https";
    }
}
