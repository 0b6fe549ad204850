namespace A11yFeed.Web;

/// <summary>
/// The controls on top of every page: large or standard print, text size and colours. All are plain links,
/// so they work without JavaScript; the current choice is marked with aria-current.
/// </summary>
internal static class ReadingOptions
{
    public static void Write(HtmlBuilder html, PageModel page, HttpRequest request, ReaderPreferences preferences)
    {
        var text = page.Text;
        html.Open("nav", ("class", "options"), ("aria-label", text.ReadingOptions)).Line();
        html.Open("p", ("class", "print"))
            .Element("a", page.Paths.LargePrint ? text.StandardPrint : text.LargePrint,
                ("class", "button"), ("href", SitePaths.OtherPrint(request)))
            .Close("p");

        html.Open("p", ("class", "choices")).Element("span", text.TextSize);
        for (var size = 1; size <= ReaderPreferences.MaxSize; size++)
        {
            html.Element("a", text.SizeNames[size - 1],
                ("class", $"button z{size}"),
                ("href", ReaderPreferences.Link(request, ReaderPreferences.SizeParameter, size.ToString(System.Globalization.CultureInfo.InvariantCulture))),
                ("aria-current", size == preferences.Size ? "true" : null));
        }

        html.Close("p");
        html.Open("p", ("class", "choices")).Element("span", text.Colours);
        for (var i = 0; i < ReaderPreferences.Themes.Count; i++)
        {
            var theme = ReaderPreferences.Themes[i];
            html.Element("a", text.ThemeNames[i],
                ("class", $"button t-{theme}"),
                ("href", ReaderPreferences.Link(request, ReaderPreferences.ThemeParameter, theme)),
                ("aria-current", theme == preferences.Theme ? "true" : null));
        }

        html.Close("p");
        // Each language is named in itself, so a reader who cannot read the current one still finds theirs.
        html.Open("p", ("class", "choices")).Element("span", text.Language);
        foreach (var (language, name) in PageText.LanguageNames)
        {
            html.Element("a", name,
                ("class", "button"),
                ("href", ReaderPreferences.Link(request, ReaderLanguage.Parameter, ReaderLanguage.Code(language))),
                ("lang", language), ("hreflang", language),
                ("aria-current", language == page.Language ? "true" : null));
        }

        html.Close("p").Close("nav");
    }
}
