using A11yFeed.Sources;
using Microsoft.Extensions.Options;

namespace A11yFeed.Speech;

/// <summary>Picks the engine a source asked for, or the configured default, and refuses ones that cannot run here.</summary>
public sealed class SpeechEngineSelector(IEnumerable<ISpeechEngine> engines, IOptions<SpeechOptions> options)
{
    private readonly IReadOnlyList<ISpeechEngine> _engines = engines.ToList();

    /// <exception cref="SpeechException">The engine is unknown or not usable on this host.</exception>
    public ISpeechEngine Select(VoiceSettings voice, string language)
    {
        var name = string.IsNullOrWhiteSpace(voice.Engine) ? options.Value.DefaultEngine : voice.Engine.Trim();
        var engine = _engines.FirstOrDefault(e => string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase))
            ?? throw new SpeechException(
                $"No speech engine is named '{name}' (for language {language}); known engines: {string.Join(", ", _engines.Select(e => e.Name))}.");
        return engine.IsEnabled
            ? engine
            : throw new SpeechException($"Speech engine '{engine.Name}' is not available on this host (for language {language}).");
    }
}
