using System.Globalization;
using A11yFeed.Model;

namespace A11yFeed.Episodes;

/// <summary>
/// The spoken opening of an episode: the title, then the source and the date said the way a listener of
/// that language says dates ("2020年2月27日", "27 February 2020"), so a listener knows what and how recent it is.
/// </summary>
public static class EpisodeOpening
{
    public static IReadOnlyList<string> Build(EpisodeScript script)
    {
        if (!script.Voice.SpeakOpening)
        {
            return [];
        }

        var isCjk = LanguageTag.IsCjk(script.Language);
        var lines = new List<string>();
        if (!string.IsNullOrWhiteSpace(script.Title))
        {
            lines.Add(EndSentence(script.Title.Trim(), isCjk));
        }

        var source = string.IsNullOrWhiteSpace(script.SourceName) ? null : script.SourceName.Trim();
        var date = script.Published is { } published ? FormatDate(DateOnly.FromDateTime(published.DateTime), script.Language) : null;
        var byline = string.Join(isCjk ? "，" : ", ", new[] { source, date }.OfType<string>());
        if (byline.Length > 0)
        {
            lines.Add(EndSentence(byline, isCjk));
        }

        return lines;
    }

    /// <summary>A date as it is read aloud in <paramref name="language"/>; the day is the source's own calendar day.</summary>
    public static string FormatDate(DateOnly date, string language)
    {
        if (LanguageTag.IsCjk(language))
        {
            return $"{date.Year}年{date.Month}月{date.Day}日";
        }

        var primary = LanguageTag.Primary(language);
        var (pattern, culture) = primary switch
        {
            "de" => ("d. MMMM yyyy", "de-DE"),
            "es" => ("d 'de' MMMM 'de' yyyy", "es-ES"),
            "fr" => ("d MMMM yyyy", "fr-FR"),
            "en" when language.Contains("us", StringComparison.OrdinalIgnoreCase) => ("MMMM d, yyyy", "en-US"),
            _ => ("d MMMM yyyy", "en-GB"),
        };
        return date.ToString(pattern, CultureInfo.GetCultureInfo(culture));
    }

    private static string EndSentence(string text, bool isCjk) =>
        text.Length > 0 && (char.IsPunctuation(text[^1]) || char.IsSymbol(text[^1])) ? text : text + (isCjk ? "。" : ".");
}
