using A11yFeed.Text;

namespace A11yFeed.Speech;

/// <summary>A text-to-speech engine: one short text (a sentence) in, one mono 16-bit PCM WAV file out.</summary>
public interface ISpeechEngine
{
    /// <summary>The name sources use to pick this engine, e.g. "espeak-ng".</summary>
    string Name { get; }

    /// <summary>Whether the engine is configured and usable on this host.</summary>
    bool IsEnabled { get; }

    /// <summary>The form of text this engine wants for a language (espeak-ng: pinyin for Chinese).</summary>
    SpokenForm InputFormFor(string language);

    /// <summary>
    /// Speaks the request's text, already prepared in the engine's input form, into a 16-bit mono PCM WAV file at
    /// <paramref name="wavePath"/>, at whatever sample rate the engine uses. The file is written completely or not at all.
    /// </summary>
    /// <exception cref="SpeechException">The engine is unavailable, failed, hung or produced unreadable audio.</exception>
    Task SynthesizeAsync(SpeechRequest request, string wavePath, CancellationToken cancellationToken);
}
