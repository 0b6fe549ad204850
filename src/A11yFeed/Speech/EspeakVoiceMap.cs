namespace A11yFeed.Speech;

/// <summary>Maps a BCP 47 language tag to the espeak-ng voice that speaks it.</summary>
internal static class EspeakVoiceMap
{
    public const string Fallback = "en-us";

    private static readonly Dictionary<string, string> ByTag = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = "en-us",
        ["en-us"] = "en-us",
        ["en-gb"] = "en-gb",
        ["en-uk"] = "en-gb",
        ["zh"] = "cmn",
        ["zh-cn"] = "cmn",
        ["zh-sg"] = "cmn",
        ["zh-hans"] = "cmn",
        ["zh-hans-cn"] = "cmn",
        ["cmn"] = "cmn",
        // Taiwan speaks Mandarin; espeak has no Taiwanese Mandarin voice, cmn is far closer than Cantonese.
        ["zh-tw"] = "cmn",
        ["zh-hant"] = "cmn",
        ["zh-hant-tw"] = "cmn",
        ["zh-hk"] = "yue",
        ["zh-mo"] = "yue",
        ["zh-hant-hk"] = "yue",
        ["zh-hant-mo"] = "yue",
        ["zh-yue"] = "yue",
        ["yue"] = "yue",
        ["fr"] = "fr-fr",
        ["fr-be"] = "fr-be",
        ["fr-ch"] = "fr-ch",
        ["pt"] = "pt",
        ["pt-br"] = "pt-br",
        ["es-419"] = "es-419",
        ["es-mx"] = "es-419",
    };

    // Languages whose espeak voice is named by the bare language subtag.
    private static readonly HashSet<string> PlainLanguages = new(StringComparer.OrdinalIgnoreCase)
    {
        "de", "es", "it", "ja", "ko", "ru", "nl", "pl", "sv", "da", "nb", "fi", "cs", "el", "tr", "uk", "vi",
        "th", "id", "ms", "hi", "ar", "he", "hu", "ro", "bg", "hr", "sk", "sl", "ca", "eu", "fa", "ta",
    };

    /// <summary>The espeak voice for <paramref name="language"/>, or null when espeak has none we know of.</summary>
    public static string? Find(string? language)
    {
        if (string.IsNullOrWhiteSpace(language))
        {
            return null;
        }

        var tag = language.Trim().Replace('_', '-');
        if (ByTag.TryGetValue(tag, out var voice))
        {
            return voice;
        }

        var primary = tag.Split('-')[0];
        if (ByTag.TryGetValue(primary, out voice))
        {
            return voice;
        }

        return PlainLanguages.Contains(primary) ? primary.ToLowerInvariant() : null;
    }
}
