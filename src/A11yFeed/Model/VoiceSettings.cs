namespace A11yFeed.Model;

/// <summary>How a source's articles are spoken.</summary>
public sealed record VoiceSettings
{
    /// <summary>Speech engine name (e.g. "espeak-ng"); null means the configured default.</summary>
    public string? Engine { get; init; }

    /// <summary>Engine-specific voice name; null means the engine's voice for the article's language.</summary>
    public string? Voice { get; init; }

    /// <summary>Speaking rate relative to the engine's normal rate; a little slower suits elderly listeners.</summary>
    public double Rate { get; init; } = 0.9;

    /// <summary>Whether each episode opens with its title, source and date.</summary>
    public bool SpeakOpening { get; init; } = true;

    /// <summary>The source's own pronunciations: word to pinyin with tone numbers, or to replacement text.</summary>
    public IReadOnlyDictionary<string, string> Lexicon { get; init; } = new Dictionary<string, string>();
}
