using A11yFeed.Model;
using A11yFeed.Publishing;
using A11yFeed.Sources;
using A11yFeed.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace A11yFeed.Web;

/// <summary>GET /: every source with its description, article count, health and feeds.</summary>
internal static class HomePage
{
    public static async Task<IResult> RenderAsync(
        HttpContext http, FeedQuery query, A11yFeedDbContext db, SourceCatalog catalog, IOptions<FeedOptions> options)
    {
        var cancellationToken = http.RequestAborted;
        var counts = await db.Articles.AsNoTracking()
            .Where(a => a.Status == ArticleStatus.Ready)
            .GroupBy(a => a.SourceId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var states = await db.Sources.AsNoTracking().ToDictionaryAsync(s => s.Id, cancellationToken);

        var episodes = await ListenQueue.LoadAsync(query, options.Value.ItemsPerFeed, cancellationToken);
        var combined = query.FindChannel(CombinedFeed.Id)!;
        var channels = catalog.All.Select(s => query.FindChannel(s.Id)!).ToList();
        var page = new PageModel(
            ReaderLanguage.From(http.Request), options.Value.SiteTitle, options.Value.SiteTitle, SitePaths.For(http.Request),
            FeedLinks.For(http.Request, options.Value), [combined, .. channels]);

        return PageLayout.Render(http, page, html =>
        {
            var text = page.Text;
            html.Element("h1", page.SiteTitle).Element("p", text.Intro);
            // Listening comes first: one press plays everything new, with no source or article to find.
            html.Open("section", ("aria-labelledby", "listen"), ("class", "listening")).Line();
            html.Element("h2", text.ListenToAll, ("id", "listen"));
            ListenPage.Write(html, page, query, episodes, withPlayers: false);
            html.Close("section");
            PageLayout.FeedLinks(html, page, combined);
            PageLayout.DailyFeedLinks(html, page, combined);
            foreach (var channel in channels)
            {
                // The source's name and description are in its language; the counts and status in the reader's.
                html.Open("section", ("aria-labelledby", $"source-{channel.Id}")).Line();
                html.Open("h2", ("id", $"source-{channel.Id}"), page.LangOf(channel.Language))
                    .Element("a", channel.Title, ("href", page.Paths.Source(channel.Id))).Close("h2");
                if (channel.Description is { } description)
                {
                    html.Element("p", description, page.LangOf(channel.Language));
                }

                html.Element("p", text.ArticleCount(counts.GetValueOrDefault(channel.Id)));
                HealthLine(html, text, states.GetValueOrDefault(channel.Id));

                PageLayout.FeedLinks(html, page, channel);
                html.Close("section");
            }
        }, page.Paths.ListenScript);
    }

    /// <summary>
    /// A short status that says what readers can expect. The error itself is for the operator (/admin): it can carry
    /// internal addresses, file paths and control characters from a parser.
    /// </summary>
    private static void HealthLine(HtmlBuilder html, PageText text, SourceState? state)
    {
        if (state?.LastError is not null)
        {
            html.Element("p", text.SourceUnavailable(state.LastSucceededAt), ("class", "error"));
        }
        else
        {
            html.Element("p", state?.LastSucceededAt is { } at ? text.LastChecked + text.Date(at) : text.NotCheckedYet);
        }
    }
}
