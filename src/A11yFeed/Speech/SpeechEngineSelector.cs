using A11yFeed.Model;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace A11yFeed.Speech;

/// <summary>
/// Picks the engine for an article: the one its source names, else the one configured for its language
/// (Speech:EnginesByLanguage), else Speech:DefaultEngine. A chosen engine that is not enabled here (a cloud engine
/// without a key) gives way to the default engine with a warning, so a missing key degrades the voice instead of
/// failing every article. A source naming an engine that does not exist is a mistake in its definition and fails.
/// </summary>
public sealed class SpeechEngineSelector(
    IEnumerable<ISpeechEngine> engines,
    IOptions<SpeechOptions> options,
    ILogger<SpeechEngineSelector>? logger = null)
{
    private readonly IReadOnlyList<ISpeechEngine> _engines = engines.ToList();
    private readonly ILogger _logger = logger ?? NullLogger<SpeechEngineSelector>.Instance;

    /// <summary>
    /// The engine for <paramref name="language"/> and the source's voice name, kept only for the engine it was written
    /// for: the source's named engine, or the default engine when the source names none.
    /// </summary>
    /// <exception cref="SpeechException">The engine is unknown, or neither it nor the default can run here.</exception>
    public SpeechEngineChoice Choose(VoiceSettings voice, string language)
    {
        var settings = options.Value;
        var named = string.IsNullOrWhiteSpace(voice.Engine) ? null : voice.Engine.Trim();
        var mapped = named is null ? ForLanguage(settings.EnginesByLanguage, language) : null;
        var wanted = named ?? mapped ?? settings.DefaultEngine;
        var engine = Find(wanted) ?? throw new SpeechException(named is not null
            ? $"The source's voice.engine '{named}' names no speech engine; known engines: {Known()}. Fix the source definition."
            : $"Speech:{(mapped is not null ? "EnginesByLanguage" : "DefaultEngine")} names no speech engine '{wanted}' (for language {language}); known engines: {Known()}.");
        var voiceFor = named ?? settings.DefaultEngine;
        if (engine.IsEnabled)
        {
            return new SpeechEngineChoice(engine, Same(engine.Name, voiceFor) ? voice.Voice : null);
        }

        var fallback = Find(settings.DefaultEngine);
        if (fallback is null || fallback == engine || !fallback.IsEnabled)
        {
            throw new SpeechException($"Speech engine '{engine.Name}' is not available on this host (for language {language}), nor is the default '{settings.DefaultEngine}'.");
        }

        _logger.LogWarning(
            "Speech engine {Engine} chosen for language {Language} is not enabled on this host; speaking with {FallbackEngine} instead",
            engine.Name, language, fallback.Name);
        return new SpeechEngineChoice(fallback, Same(fallback.Name, voiceFor) ? voice.Voice : null);
    }

    private ISpeechEngine? Find(string name) => _engines.FirstOrDefault(e => Same(e.Name, name));

    private string Known() => string.Join(", ", _engines.Select(e => e.Name));

    private static bool Same(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>The engine for the longest configured prefix of <paramref name="language"/>: "zh-Hant-TW", then "zh-Hant", then "zh".</summary>
    private static string? ForLanguage(Dictionary<string, string> byLanguage, string language)
    {
        var tag = (language ?? "").Trim().Replace('_', '-');
        while (tag.Length > 0)
        {
            var match = byLanguage.FirstOrDefault(p => Same(p.Key, tag) && !string.IsNullOrWhiteSpace(p.Value));
            if (match.Value is { } engine)
            {
                return engine.Trim();
            }

            var cut = tag.LastIndexOf('-');
            tag = cut > 0 ? tag[..cut] : "";
        }

        return null;
    }
}
