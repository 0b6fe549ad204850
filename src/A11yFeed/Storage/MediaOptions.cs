using System.ComponentModel.DataAnnotations;

namespace A11yFeed.Storage;

/// <summary>Where episodes are stored: the data folder on local disk (embedded default) or an S3-compatible bucket.</summary>
public sealed class MediaOptions : IValidatableObject
{
    public const string Section = "Media";

    /// <summary>"Local" (under Storage:DataDirectory/media) or "S3" (the bucket <see cref="S3"/> names).</summary>
    [Required]
    [RegularExpression("^(?i:local|s3)$", ErrorMessage = "Media:Provider must be Local or S3.")]
    public string Provider { get; set; } = "Local";

    public S3MediaOptions S3 { get; set; } = new();

    public bool UsesS3 => string.Equals(Provider, "S3", StringComparison.OrdinalIgnoreCase);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!UsesS3)
        {
            return [];
        }

        // The nested settings matter only with this provider, so they are checked only then.
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(S3, new ValidationContext(S3), results, validateAllProperties: true);
        return results;
    }
}
