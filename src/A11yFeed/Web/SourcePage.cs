using A11yFeed.Model;
using A11yFeed.Publishing;
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

        if (!FeedPageCursor.TryRead(http.Request, out var cursor))
        {
            // A mangled "older articles" link: the newest page is the kindest answer to a reader.
            return Results.Redirect(SitePaths.For(http.Request).Source(source.Id));
        }

        var result = await query.PageAsync(source.Id, options.Value.ItemsPerFeed, requireAudio: false, cursor, http.RequestAborted);
        var items = result.Items;
        var page = new PageModel(
            ReaderLanguage.From(http.Request), channel.Title, options.Value.SiteTitle, SitePaths.For(http.Request),
            FeedLinks.For(http.Request, options.Value), [channel]);

        return PageLayout.Render(http, page, html =>
        {
            html.Element("h1", channel.Title, page.LangOf(channel.Language));
            if (channel.Description is { } description)
            {
                html.Element("p", description, page.LangOf(channel.Language));
            }

            PageLayout.FeedLinks(html, page, channel);
            PageLayout.DailyFeedLinks(html, page, channel);
            if (items.Count == 0)
            {
                html.Element("p", page.Text.NoArticles);
                PageNavigation(html, page, channel.Id, result);
                return;
            }

            html.Open("ol", ("class", "articles")).Line();
            foreach (var item in items)
            {
                // Each article says its own language, so a screen reader switches voice for an English item on a Chinese list.
                var language = LanguageTag.OrNull(item.Language) ?? channel.Language;
                html.Open("li").Open("article", ("aria-labelledby", $"article-{item.Id}"), ("lang", language)).Line();
                html.Open("h2", ("id", $"article-{item.Id}"))
                    .Element("a", item.Title, ("href", page.Paths.Article(item.Id))).Close("h2");
                ArticleMeta.Write(html, page, item, language, withPeople: false);
                PageLayout.Player(html, page, item, preloadNone: true);
                html.Close("article").Close("li");
            }

            html.Close("ol");
            PageNavigation(html, page, channel.Id, result);
        });
    }

    /// <summary>Plain links to older and newest articles, so nothing leaves the site when a feed moves on.</summary>
    private static void PageNavigation(HtmlBuilder html, PageModel page, string sourceId, FeedPage result)
    {
        if (!result.IsPaged)
        {
            return;
        }

        html.Open("nav", ("aria-label", page.Text.MoreArticles), ("class", "pages")).Line();
        if (result.Next is { } next)
        {
            html.Open("p").Element("a", page.Text.OlderArticles, ("href", page.Paths.Source(sourceId, next)), ("rel", "next")).Close("p");
        }

        if (result.Before is not null)
        {
            html.Open("p").Element("a", page.Text.NewestArticles, ("href", page.Paths.Source(sourceId)), ("rel", "first")).Close("p");
        }

        html.Close("nav");
    }
}
