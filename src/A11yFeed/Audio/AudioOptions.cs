using System.ComponentModel.DataAnnotations;

namespace A11yFeed.Audio;

public sealed class AudioOptions : IValidatableObject
{
    public const string Section = "Audio";

    // Bitrates MPEG-1 Layer III can hold at 44.1 kHz; lame would otherwise pick a neighbour silently.
    private static readonly int[] Mpeg1Bitrates = [32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320];

    /// <summary>The lame executable: a name looked up on PATH, or a path.</summary>
    [Required]
    public string LamePath { get; set; } = "lame";

    /// <summary>Constant bitrate of the episodes; 64 kbit/s mono is plenty for speech and kind to phone data plans.</summary>
    [Range(32, 320)]
    public int BitrateKbps { get; set; } = 64;

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan EncodeTimeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Integrated loudness every episode is brought to (ITU-R BS.1770), in LUFS; −19 suits spoken mono podcasts.</summary>
    [Range(-40.0, -5.0)]
    public double LoudnessTarget { get; set; } = -19;

    /// <summary>
    /// Ceiling for the 4× oversampled peak of the normalised audio, in dBTP. Half a decibel under the −1 dBTP a
    /// listener's player may see, for what the MP3 encoder's resampling and quantisation add.
    /// </summary>
    [Range(-12.0, 0.0)]
    public double TruePeakCeiling { get; set; } = -1.5;

    /// <summary>Where episodes are put together before they enter the media store; null means the system temp folder.</summary>
    public string? WorkDirectory { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Mpeg1Bitrates.Contains(BitrateKbps))
        {
            yield return new ValidationResult(
                $"Audio:BitrateKbps must be one of {string.Join(", ", Mpeg1Bitrates)}.", [nameof(BitrateKbps)]);
        }
    }
}
