using System.Globalization;
using A11yFeed.Publishing;

namespace A11yFeed.Web;

/// <summary>The line under a title: who, when and how long the audio runs.</summary>
internal static class ArticleMeta
{
    public static void Write(HtmlBuilder html, PageModel page, FeedItem item, bool withPeople)
    {
        var text = page.Text;
        if (withPeople && item.Organisation is { } organisation)
        {
            html.Element("p", text.Source + organisation);
        }

        if (withPeople && item.Author is { } author)
        {
            html.Element("p", text.Author + author);
        }

        html.Open("p", ("class", "meta"))
            .Element("time", text.Date(item.Published),
                ("datetime", item.Published.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)));
        if (item.AudioDurationMs is { } duration)
        {
            html.Text(" · " + text.DurationLabel + text.Duration(duration));
        }

        html.Close("p");
    }
}
