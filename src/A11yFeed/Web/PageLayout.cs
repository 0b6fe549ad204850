using System.Text;
using A11yFeed.Feeds;
using A11yFeed.Publishing;

namespace A11yFeed.Web;

/// <summary>The frame of every page: head with feed autodiscovery, skip link, banner, main and footer.</summary>
internal static class PageLayout
{
    private static readonly (string Extension, string MediaType, string Name)[] Formats =
    [
        (RssFeedWriter.Extension, RssFeedWriter.MediaType, "RSS"),
        (AtomFeedWriter.Extension, AtomFeedWriter.MediaType, "Atom"),
        (JsonFeedWriter.Extension, JsonFeedWriter.MediaType, "JSON Feed"),
    ];

    /// <param name="script">The one script the page needs (read-along, listening), deferred; none by default.</param>
    public static IResult Render(HttpContext http, PageModel page, Action<HtmlBuilder> main, string? script = null)
    {
        var preferences = ReaderPreferences.From(http.Request);
        var large = page.Paths.LargePrint;
        var html = new HtmlBuilder().Trusted("<!DOCTYPE html>\n");
        html.Open("html", ("lang", page.Language), ("class", large ? preferences.HtmlClass + " large" : preferences.HtmlClass)).Line();
        html.Open("head").Line();
        html.Void("meta", ("charset", "utf-8"));
        html.Void("meta", ("name", "viewport"), ("content", "width=device-width, initial-scale=1"));
        var title = page.Title == page.SiteTitle ? page.Title : $"{page.Title} - {page.SiteTitle}";
        html.Element("title", large ? $"{title} ({page.Text.LargePrint})" : title);
        html.Void("link", ("rel", "stylesheet"), ("href", page.Paths.Styles));
        if (script is not null)
        {
            html.Open("script", ("src", script), ("defer", "")).Close("script");
        }

        foreach (var channel in page.Feeds)
        {
            foreach (var (extension, mediaType, name) in Formats)
            {
                html.Void("link", ("rel", "alternate"), ("type", mediaType), ("title", $"{channel.Title} ({name})"),
                    ("href", page.Links.Feed(channel.Id, extension).AbsoluteUri));
            }
        }

        html.Close("head").Open("body").Line();
        html.Element("a", page.Text.SkipToContent, ("class", "skip"), ("href", "#main"));
        html.Open("header").Open("p", ("class", "site")).Element("a", page.SiteTitle, ("href", page.Paths.Home)).Close("p");
        ReadingOptions.Write(html, page, http.Request, preferences);
        html.Close("header");
        html.Open("main", ("id", "main"), ("tabindex", "-1")).Line();
        main(html);
        html.Close("main");
        if (!large)
        {
            html.Open("footer").Element("p", page.Text.Intro).Close("footer");
        }

        html.Close("body").Close("html");

        var headers = http.Response.Headers;
        headers.ContentSecurityPolicy =
            "default-src 'none'; style-src 'self'; script-src 'self'; media-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
        headers["Referrer-Policy"] = "no-referrer";
        // The size, colours and language come from a cookie or the browser's languages: a cache keeps one copy per choice.
        headers.Vary = "Cookie, Accept-Language";
        return CacheableResponse.Bytes(
            http, Encoding.UTF8.GetBytes(html.ToString()), "text/html; charset=utf-8", CacheableResponse.PageCacheControl, anyOrigin: false);
    }

    /// <summary>A line of plain links to a channel's three feeds.</summary>
    public static void FeedLinks(HtmlBuilder html, PageModel page, FeedChannel channel) =>
        FormatLinks(html, page, page.Text.Subscribe, extension => page.Paths.Feed(channel.Id, extension));

    /// <summary>
    /// A line of plain links to a channel's daily feed (one episode a day, for podcast apps and for listeners who
    /// would rather press play once a day), in the same three formats.
    /// </summary>
    public static void DailyFeedLinks(HtmlBuilder html, PageModel page, FeedChannel channel) =>
        FormatLinks(html, page, page.Text.SubscribeDaily, extension => page.Paths.DailyFeed(channel.Id, extension));

    private static void FormatLinks(HtmlBuilder html, PageModel page, string label, Func<string, string> href)
    {
        if (page.Paths.LargePrint)
        {
            // Large print shows the reading and nothing else; the feeds are one click away in standard print.
            return;
        }

        html.Open("p", ("class", "feeds")).Text(label + ": ");
        foreach (var (extension, mediaType, name) in Formats)
        {
            html.Element("a", name, ("href", href(extension)), ("type", mediaType));
        }

        html.Close("p");
    }

    /// <summary>The audio player, with a download link for browsers that cannot play it.</summary>
    public static void Player(HtmlBuilder html, PageModel page, FeedItem item, bool preloadNone, string? id = null)
    {
        if (item.AudioKey is not { } key)
        {
            return;
        }

        var src = page.Paths.Media(key);
        html.Open("audio", ("controls", ""), ("preload", preloadNone ? "none" : "metadata"), ("src", src),
            ("aria-label", $"{page.Text.Listen}: {item.Title}"), ("id", id));
        html.Element("a", page.Text.DownloadAudio, ("href", src), ("download", ""));
        html.Close("audio");
    }
}
