using System.Globalization;
using A11yFeed.Episodes;
using A11yFeed.Model;

namespace A11yFeed.Bulletins;

/// <summary>
/// What a bulletin is called and how it opens, in the feed's language: the feed, the day said the way a listener of
/// that language says dates, and how many items follow ("市政新闻，2026年11月28日。共3条新闻。").
/// </summary>
public static class BulletinIntroduction
{
    public static string Title(string feedTitle, DateOnly date, string language) =>
        LanguageTag.IsCjk(language)
            ? $"{feedTitle} {EpisodeOpening.FormatDate(date, language)}"
            : $"{feedTitle}, {EpisodeOpening.FormatDate(date, language)}";

    public static IReadOnlyList<string> Sentences(string feedTitle, DateOnly date, string language, int items)
    {
        var count = items.ToString(CultureInfo.InvariantCulture);
        return LanguageTag.IsCjk(language)
            ? [$"{feedTitle}，{EpisodeOpening.FormatDate(date, language)}。", $"共{count}条新闻。"]
            : [Title(feedTitle, date, language) + ".", items == 1 ? "One item." : $"{count} items."];
    }
}
