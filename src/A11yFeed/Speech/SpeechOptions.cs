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

    /// <summary>How long one engine process (one sentence) may run before it is taken as hung and killed.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Silence between paragraphs, so listeners hear where one ends.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:10")]
    public TimeSpan ParagraphPause { get; set; } = TimeSpan.FromMilliseconds(700);

    /// <summary>Silence between the sentences of one paragraph (each sentence's own trailing silence is cut first).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:05")]
    public TimeSpan SentencePause { get; set; } = TimeSpan.FromMilliseconds(300);

    /// <summary>Longest sentence given to the engine at once; longer ones are cut at commas or spaces.</summary>
    [Range(20, 5000)]
    public int MaxSentenceChars { get; set; } = 400;

    /// <summary>How many sentences are synthesised at once; 0 means one per processor.</summary>
    [Range(0, 64)]
    public int Concurrency { get; set; }

    /// <summary>Folder of cached engine output; empty means "speech-cache" inside Storage:DataDirectory.</summary>
    public string? CacheDirectory { get; set; }

    /// <summary>Largest size of the cache before the least recently used sentences are removed; 0 turns caching off.</summary>
    [Range(0, long.MaxValue)]
    public long CacheMaxBytes { get; set; } = 2L * 1024 * 1024 * 1024;

    public int EffectiveConcurrency => Concurrency > 0 ? Concurrency : Environment.ProcessorCount;
}
