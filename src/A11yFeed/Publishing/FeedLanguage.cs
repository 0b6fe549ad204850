using A11yFeed.Model;
using A11yFeed.Sources;

namespace A11yFeed.Publishing;

/// <summary>Picks the language tag for a feed or page when a source says "auto".</summary>
public static class FeedLanguage
{
        /// <summary>The source's own language, else the given article language, else the site's.</summary>
    public static string For(SourceDefinition source, string? articleLanguage, SourceCatalog catalog) =>
        LanguageTag.OrNull(articleLanguage) ?? LanguageTag.OrNull(source.Language) ?? ForSite(catalog);

    /// <summary>
    /// The language most sources are written in, so the home page and combined feed read right;
    /// a tie goes to the source listed first.
    /// </summary>
    public static string ForSite(SourceCatalog catalog) =>
        catalog.All
            .Select(s => s.Language)
            .Where(l => !LanguageTag.IsAuto(l))
            .GroupBy(l => l, StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(g => g.Count())
            .Select(g => g.Key)
            .FirstOrDefault() ?? LanguageTag.Fallback;
}
