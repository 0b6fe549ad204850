using A11yFeed.Model;
using A11yFeed.Publishing;
using A11yFeed.Sources;
using A11yFeed.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace A11yFeed.Web;

/// <summary>GET /articles/{id} (and /large-print/articles/{id}): one article to read and to listen to, sentence by sentence.</summary>
internal static class ArticlePage
{
    public const string PlayerId = "player";

    public static async Task<IResult> RenderAsync(
        long id, HttpContext http, FeedQuery query, SourceCatalog catalog, A11yFeedDbContext db, IOptions<FeedOptions> options)
    {
        var cancellationToken = http.RequestAborted;
        if (await query.FindArticleAsync(id, cancellationToken) is not { } item
            || catalog.Find(item.SourceId) is not { } source
            || query.FindChannel(source.Id) is not { } channel)
        {
            return Results.NotFound();
        }

        var timings = item.HasTranscript ? await query.FindTimingsAsync(id, cancellationToken) : [];
        var images = ArticleImages.Descriptions(ArticleImagesJson.Parse(
            await db.Articles.AsNoTracking().Where(a => a.Id == id).Select(a => a.ImagesJson).FirstOrDefaultAsync(cancellationToken)));
        var page = new PageModel(
            ReaderLanguage.From(http.Request), item.Title, options.Value.SiteTitle,
            SitePaths.For(http.Request), FeedLinks.For(http.Request, options.Value), [channel]);
        var language = FeedLanguage.For(source, item.Language, catalog);

        // The sentence spans are written first so the head knows whether to ask for the read-along script.
        var text = new HtmlBuilder();
        var readAlong = ReadAlongText.Write(text, ArticleText.Paragraphs(item.Text), timings) && item.HasAudio;

        return PageLayout.Render(http, page, html =>
        {
            // The article keeps its own language; the page's own words inside it (labels, buttons) say theirs.
            var own = page.OwnLangInside(language);
            html.Open("article", ("aria-labelledby", "title"), ("lang", language)).Line();
            html.Element("h1", item.Title, ("id", "title"));
            if (item.Subtitle is { } subtitle)
            {
                html.Element("p", subtitle, ("class", "meta"));
            }

            ArticleMeta.Write(html, page, item, language, withPeople: true);
            PageLayout.Player(html, page, item, preloadNone: false, PlayerId);
            if (readAlong)
            {
                ReadAlongControls.Write(html, page, item.Id, own);
            }

            AudioLinks(html, page, item, own);
            html.Trusted(text.ToString());
            Pictures(html, page, images, ArticleText.Captions(item.Captions), own);
            if (item.PublicOriginalUrl is { } original)
            {
                html.Open("p", own).Element("a", page.Text.ReadOriginal, ("href", original.AbsoluteUri), ("rel", "noopener noreferrer")).Close("p");
            }

            html.Close("article");
            html.Open("nav", ("aria-label", page.Text.BackTo.Trim(' ', '：'))).Open("p").Text(page.Text.BackTo)
                .Element("a", channel.Title, ("href", page.Paths.Source(channel.Id)), page.LangOf(channel.Language)).Close("p").Close("nav");
        }, readAlong ? page.Paths.Script : null);
    }

    private static void AudioLinks(HtmlBuilder html, PageModel page, FeedItem item, (string, string?) lang)
    {
        if (item.AudioKey is { } key)
        {
            html.Open("p", ("class", "links"), lang).Element("a", page.Text.DownloadAudio, ("href", page.Paths.Media(key)), ("download", ""));
            if (item.HasTranscript)
            {
                html.Element("a", page.Text.Transcript, ("href", page.Paths.Transcript(item.Id)), ("type", "text/vtt"));
            }

            html.Close("p");
        }
    }

    /// <summary>What the pictures show, from their alt text and captions: the pictures stay on the source's site.</summary>
    private static void Pictures(
        HtmlBuilder html, PageModel page, IReadOnlyList<string> images, IReadOnlyList<string> captions, (string, string?) lang)
    {
        var lines = images.Concat(captions.Where(c => !images.Any(i => i.Contains(c, StringComparison.Ordinal)))).ToList();
        if (lines.Count == 0)
        {
            return;
        }

        html.Open("section", ("aria-labelledby", "captions")).Element("h2", images.Count > 0 ? page.Text.Pictures : page.Text.Captions, ("id", "captions"), lang);
        html.Open("ul").Line();
        foreach (var line in lines)
        {
            html.Element("li", line);
        }

        html.Close("ul").Close("section");
    }
}
