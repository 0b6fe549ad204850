using System.ComponentModel.DataAnnotations;

namespace A11yFeed.Speech;

public sealed class SpeechOptions
{
    public const string Section = "Speech";

    /// <summary>Engine used when a source names none.</summary>
    [Required]
    public string DefaultEngine { get; set; } = "espeak-ng";

    /// <summary>
    /// Engine per language, for sources that name none, e.g. {"zh": "azure"}: the longest matching language prefix
    /// wins ("zh-TW" before "zh"); languages not listed use <see cref="DefaultEngine"/>.
    /// </summary>
    public Dictionary<string, string> EnginesByLanguage { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The espeak-ng executable: a name looked up on PATH, or a path.</summary>
    [Required]
    public string EspeakPath { get; set; } = "espeak-ng";

    /// <summary>How long one engine process may run before it is taken as hung and killed.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Silence between paragraphs, so listeners hear where one ends.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:10")]
    public TimeSpan ParagraphPause { get; set; } = TimeSpan.FromMilliseconds(700);

    /// <summary>Longest text handed to one engine process; long articles are spoken chunk by chunk.</summary>
    [Range(200, 100_000)]
    public int MaxChunkChars { get; set; } = 3000;
}
