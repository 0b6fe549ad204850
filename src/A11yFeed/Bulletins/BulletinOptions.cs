using System.ComponentModel.DataAnnotations;
using A11yFeed.Sources;

namespace A11yFeed.Bulletins;

public sealed class BulletinOptions : IValidatableObject
{
    public const string Section = "Bulletins";

    /// <summary>How often today's bulletins are brought up to date; whole minutes that divide an hour.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "01:00:00")]
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Silence between the introduction and each episode, so a listener hears where one item ends.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:10")]
    public TimeSpan ItemPause { get; set; } = TimeSpan.FromSeconds(1.5);

    /// <summary>How many days of bulletins the daily feeds list, newest first.</summary>
    [Range(1, 366)]
    public int DaysInFeed { get; set; } = 14;

    /// <summary>
    /// IANA time zone of the combined ("all") bulletin's day. When unset: the zone every source shares, else UTC.
    /// </summary>
    public string? CombinedTimeZone { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var minutes = RefreshInterval.TotalMinutes;
        if (minutes != Math.Floor(minutes) || 60 % (int)minutes != 0)
        {
            yield return new ValidationResult(
                $"Bulletins:RefreshInterval {RefreshInterval} must be whole minutes that divide an hour (1, 2, 5, 10, 15, 30, 60).",
                [nameof(RefreshInterval)]);
        }

        if (!string.IsNullOrWhiteSpace(CombinedTimeZone) && !SourceTimeZone.TryFind(CombinedTimeZone, out _))
        {
            yield return new ValidationResult(
                $"Bulletins:CombinedTimeZone '{CombinedTimeZone}' is not a known IANA time zone.", [nameof(CombinedTimeZone)]);
        }
    }
}
