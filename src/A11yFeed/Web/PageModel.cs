using A11yFeed.Publishing;

namespace A11yFeed.Web;

/// <summary>
/// What every page's frame needs: the reader's language (<see cref="ReaderLanguage"/>), which the page's own words
/// and its html lang follow, its title and the feeds it advertises.
/// </summary>
internal sealed record PageModel(
    string Language,
    string Title,
    string SiteTitle,
    SitePaths Paths,
    FeedLinks Links,
    IReadOnlyList<FeedChannel> Feeds)
{
    public PageText Text => PageText.For(Language);

    /// <summary>A lang attribute for text in <paramref name="language"/>: left out when it is the page's own.</summary>
    public (string Name, string? Value) LangOf(string? language) =>
        ("lang", language is null || string.Equals(language, Language, StringComparison.OrdinalIgnoreCase) ? null : language);

    /// <summary>A lang attribute for the page's own words inside text in <paramref name="language"/> (a date inside an article).</summary>
    public (string Name, string? Value) OwnLangInside(string? language) =>
        ("lang", language is null || string.Equals(language, Language, StringComparison.OrdinalIgnoreCase) ? null : Language);
}
