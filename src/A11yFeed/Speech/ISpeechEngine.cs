namespace A11yFeed.Speech;

/// <summary>A text-to-speech engine that writes a WAV file.</summary>
public interface ISpeechEngine
{
    /// <summary>The name sources use to pick this engine, e.g. "espeak-ng".</summary>
    string Name { get; }

    /// <summary>Whether the engine is configured and usable on this host.</summary>
    bool IsEnabled { get; }

    /// <summary>Writes the spoken <paramref name="request"/> to a PCM WAV file at <paramref name="wavePath"/>.</summary>
    Task SynthesizeAsync(SpeechRequest request, string wavePath, CancellationToken cancellationToken);
}
