using A11yFeed.Feeds;
using A11yFeed.Sources;
using Microsoft.Extensions.Options;

namespace A11yFeed.Web;

/// <summary>GET /sources/{id}: a source's newest articles, each playable in place.</summary>
internal static class SourcePage
{
    public static async Task<IResult> RenderAsync(
        string id, HttpContext http, FeedQuery query, SourceCatalog catalog, IOptions<FeedOptions> options)
    {
        if (catalog.Find(id) is not { } source || query.FindChannel(id) is not { } channel)
        {
            return Results.NotFound();
        }

        var items = await query.LatestAsync(source.Id, options.Value.ItemsPerFeed, requireAudio: false, http.RequestAborted);
        var page = new PageModel(
            channel.Language, channel.Title, options.Value.SiteTitle, new SitePaths(http.Request.PathBase),
            FeedLinks.For(http.Request, options.Value), [channel]);

        return PageLayout.Render(http, page, html =>
        {
            html.Element("h1", channel.Title);
            if (channel.Description is { } description)
            {
                html.Element("p", description);
            }

            PageLayout.FeedLinks(html, page, channel);
            if (items.Count == 0)
            {
                html.Element("p", page.Text.NoArticles);
                return;
            }

            html.Open("ol", ("class", "articles")).Line();
            foreach (var item in items)
            {
                var language = FeedLanguage.IsConcrete(item.Language) && item.Language != page.Language ? item.Language : null;
                html.Open("li", ("lang", language)).Open("article", ("aria-labelledby", $"article-{item.Id}")).Line();
                html.Open("h2", ("id", $"article-{item.Id}"))
                    .Element("a", item.Title, ("href", page.Paths.Article(item.Id))).Close("h2");
                ArticleMeta.Write(html, page, item, withPeople: false);
                PageLayout.Player(html, page, item, preloadNone: true);
                html.Close("article").Close("li");
            }

            html.Close("ol");
        });
    }
}
