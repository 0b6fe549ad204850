using System.Globalization;
using A11yFeed.Publishing;

namespace A11yFeed.Web;

/// <summary>The line under a title: who, when and how long the audio runs.</summary>
internal static class ArticleMeta
{
    /// <param name="language">The article's language: the labels and the date are the reader's, the names the article's.</param>
    public static void Write(HtmlBuilder html, PageModel page, FeedItem item, string language, bool withPeople)
    {
        var text = page.Text;
        if (withPeople && item.Organisation is { } organisation)
        {
            Labelled(html, page, text.Source, organisation, language);
        }

        if (withPeople && item.Author is { } author)
        {
            Labelled(html, page, text.Author, author, language);
        }

        html.Open("p", ("class", "meta"), page.OwnLangInside(language))
            .Element("time", text.Date(item.Published),
                ("datetime", item.Published.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)));
        if (item.AudioDurationMs is { } duration)
        {
            html.Text(" · " + text.DurationLabel + text.Duration(duration));
        }

        html.Close("p");
    }

    /// <summary>A label in the reader's language before a name in the article's, each marked when they differ.</summary>
    private static void Labelled(HtmlBuilder html, PageModel page, string label, string name, string language)
    {
        if (page.LangOf(language).Value is null)
        {
            html.Element("p", label + name);
            return;
        }

        html.Open("p", page.OwnLangInside(language)).Text(label).Element("span", name, page.LangOf(language)).Close("p");
    }
}
