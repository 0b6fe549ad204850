using A11yFeed.Feeds;
using A11yFeed.Sources;
using Microsoft.Extensions.Options;

namespace A11yFeed.Web;

/// <summary>GET /articles/{id}: one article to read in large print and to listen to.</summary>
internal static class ArticlePage
{
    public static async Task<IResult> RenderAsync(
        long id, HttpContext http, FeedQuery query, SourceCatalog catalog, IOptions<FeedOptions> options)
    {
        if (await query.FindArticleAsync(id, http.RequestAborted) is not { } item
            || catalog.Find(item.SourceId) is not { } source
            || query.FindChannel(source.Id) is not { } channel)
        {
            return Results.NotFound();
        }

        var page = new PageModel(
            FeedLanguage.For(source, item.Language, catalog), item.Title, options.Value.SiteTitle,
            new SitePaths(http.Request.PathBase), FeedLinks.For(http.Request, options.Value), [channel]);

        return PageLayout.Render(http, page, html =>
        {
            html.Open("article", ("aria-labelledby", "title")).Line();
            html.Element("h1", item.Title, ("id", "title"));
            if (item.Subtitle is { } subtitle)
            {
                html.Element("p", subtitle, ("class", "meta"));
            }

            ArticleMeta.Write(html, page, item, withPeople: true);
            PageLayout.Player(html, page, item, preloadNone: false);
            if (item.AudioKey is { } key)
            {
                html.Open("p").Element("a", page.Text.DownloadAudio, ("href", page.Paths.Media(key)), ("download", "")).Close("p");
            }

            foreach (var paragraph in FeedText.Paragraphs(item.Text))
            {
                html.Element("p", paragraph);
            }

            var captions = FeedText.Lines(item.Captions);
            if (captions.Count > 0)
            {
                html.Open("section", ("aria-labelledby", "captions")).Element("h2", page.Text.Captions, ("id", "captions"));
                html.Open("ul").Line();
                foreach (var caption in captions)
                {
                    html.Element("li", caption);
                }

                html.Close("ul").Close("section");
            }

            if (item.PublicOriginalUrl is { } original)
            {
                html.Open("p").Element("a", page.Text.ReadOriginal, ("href", original.AbsoluteUri), ("rel", "noopener noreferrer")).Close("p");
            }

            html.Close("article");
            html.Open("nav", ("aria-label", page.Text.BackTo.Trim(' ', '：'))).Open("p").Text(page.Text.BackTo)
                .Element("a", channel.Title, ("href", page.Paths.Source(channel.Id))).Close("p").Close("nav");
        });
    }
}
