using System.Globalization;
using A11yFeed.Model;
using A11yFeed.Publishing;
using Microsoft.Extensions.Options;

namespace A11yFeed.Web;

/// <summary>
/// GET /listen (and /large-print/listen): one Play button for every new episode, one after another. Without
/// JavaScript the page is the list of players and the M3U playlist; <see cref="ListenScript"/> turns the list into
/// one player that advances by itself and skips what was heard.
/// </summary>
internal static class ListenPage
{
    public const string PlayerId = "listen-player";

    public static async Task<IResult> RenderAsync(HttpContext http, FeedQuery query, IOptions<FeedOptions> options)
    {
        var items = await ListenQueue.LoadAsync(query, options.Value.ItemsPerFeed, http.RequestAborted);
        var combined = query.FindChannel(CombinedFeed.Id)!;
        var language = ReaderLanguage.From(http.Request);
        var page = new PageModel(
            language, PageText.For(language).ListenToAll, options.Value.SiteTitle, SitePaths.For(http.Request),
            FeedLinks.For(http.Request, options.Value), [combined]);

        return PageLayout.Render(http, page, html =>
        {
            html.Element("h1", page.Text.ListenToAll, ("id", "listen")).Element("p", page.Text.ListenIntro);
            Write(html, page, query, items, withPlayers: true);
            PageLayout.DailyFeedLinks(html, page, combined);
        }, page.Paths.ListenScript);
    }

    /// <summary>
    /// The player and the episodes it plays, under a heading with id "listen" that the caller wrote: here, and first
    /// on the home page. With <paramref name="withPlayers"/> each episode also has its own audio element, which is
    /// how the episodes play without JavaScript; the home page leaves them to this page and the playlist.
    /// </summary>
    public static void Write(HtmlBuilder html, PageModel page, FeedQuery query, IReadOnlyList<FeedItem> items, bool withPlayers)
    {
        var text = page.Text;
        if (items.Count == 0)
        {
            html.Element("p", text.NothingToHear);
            return;
        }

        var combined = query.FindChannel(CombinedFeed.Id)!;
        Controls(html, page);
        html.Open("ol", ("class", "episodes"), ("aria-labelledby", "listen")).Line();
        foreach (var item in items)
        {
            Episode(html, page, query.FindChannel(item.SourceId) ?? combined, item, withPlayers);
        }

        html.Close("ol");
        html.Open("p", ("class", "links"));
        if (!withPlayers)
        {
            html.Element("a", text.ListenPage, ("href", page.Paths.Listen));
        }

        html.Element("a", text.Playlist, ("href", page.Paths.Playlist), ("type", ListenPlaylist.MediaType)).Close("p");
    }

    /// <summary>
    /// The one player, written hidden: only the script makes it work, so it shows it. The live region says which
    /// episode plays, once per episode, politely.
    /// </summary>
    private static void Controls(HtmlBuilder html, PageModel page)
    {
        var text = page.Text;
        html.Open("div", ("class", "listen"), ("role", "group"), ("aria-label", text.Player), ("hidden", ""),
            ("data-play", text.Play), ("data-pause", text.Pause), ("data-now", text.NowPlayingFormat), ("data-done", text.AllHeard),
            ("data-heard", text.Heard)).Line();
        html.Element("p", text.PressPlay, ("class", "now"), ("aria-live", "polite"));
        html.Open("p", ("class", "buttons"));
        html.Element("button", text.Previous, ("type", "button"), ("class", "button big"), ("data-act", "previous"));
        html.Element("button", text.Play, ("type", "button"), ("class", "button big play"), ("data-act", "play"));
        html.Element("button", text.Next, ("type", "button"), ("class", "button big"), ("data-act", "next"));
        html.Open("label", ("class", "speed")).Text(text.Speed + " ").Open("select", ("data-act", "speed")).Line();
        foreach (var speed in ReadAlongControls.Speeds)
        {
            var value = speed.ToString("0.##", CultureInfo.InvariantCulture);
            html.Element("option", value + "×", ("value", value), ("selected", speed == 1 ? "" : null));
        }

        html.Close("select").Close("label").Close("p");
        // Hidden: the buttons above are its controls; a hidden audio element still plays.
        html.Open("audio", ("id", PlayerId), ("preload", "none"), ("hidden", "")).Close("audio");
        html.Close("div");
    }

    private static void Episode(HtmlBuilder html, PageModel page, FeedChannel channel, FeedItem item, bool withPlayer)
    {
        var language = LanguageTag.OrNull(item.Language) ?? channel.Language;
        html.Open("li", ("data-id", item.Id.ToString(CultureInfo.InvariantCulture)), ("data-src", page.Paths.Media(item.AudioKey!)),
            ("data-title", item.Title), ("data-source", channel.Title), ("data-artwork", page.Paths.Artwork(channel.Id)));
        html.Open("article", ("aria-labelledby", $"episode-{item.Id}"), ("lang", language)).Line();
        // On their own page the episodes are its sections (h2); on the home page they sit under its listening heading.
        var heading = withPlayer ? "h2" : "h3";
        html.Open(heading, ("id", $"episode-{item.Id}")).Element("a", item.Title, ("href", page.Paths.Article(item.Id))).Close(heading);
        html.Element("p", channel.Title, ("class", "from"), ("lang", channel.Language == language ? null : channel.Language));
        ArticleMeta.Write(html, page, item, language, withPeople: false);
        if (withPlayer)
        {
            PageLayout.Player(html, page, item, preloadNone: true);
        }

        html.Close("article").Close("li");
    }
}
