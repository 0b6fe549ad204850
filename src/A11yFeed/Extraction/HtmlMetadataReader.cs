using System.Text.RegularExpressions;
using A11yFeed.Text;
using AngleSharp.Dom;

namespace A11yFeed.Extraction;

/// <summary>
/// Reads what the page says about itself in markup: meta tags (Open Graph, article:*, the Chinese
/// government ArticleTitle/PubDate/ContentSource set), &lt;time&gt;, bylines, canonical link and lang.
/// </summary>
internal static partial class HtmlMetadataReader
{
    public static ArticleMetadata Read(IDocument document, Uri url, bool chinese)
    {
        var metas = PageMetaTags.Of(document);
        var metadata = new ArticleMetadata
        {
            Title = TitleChooser.Choose(document, metas),
            PageTitle = NonEmpty(TextNormaliser.Normalise(document.Title)),
            CanonicalUrl = Canonical(document, metas, url),
            DeclaredLanguage = NonEmpty(document.DocumentElement.GetAttribute("lang"))
                ?? Meta(metas, "content-language") ?? Meta(metas, "language"),
        };

        var markupAuthor = Meta(metas, "author") ?? Meta(metas, "article:author") ?? Meta(metas, "byl")
            ?? Text(document.QuerySelector("[itemprop=author] [itemprop=name], [itemprop=author], [rel=author], .byline-name, .author-name"));

        // Chinese sites fill the author tag with the site or CMS name ("网易", "大汉网络"); the credit printed
        // with the story names the writer, so there the tag is only a fallback.
        metadata.MarkupAuthor = markupAuthor;
        metadata.Offer(author: chinese ? null : markupAuthor, source: Meta(metas, "ContentSource") ?? Meta(metas, "source"));

        var time = Meta(metas, "article:published_time") ?? Meta(metas, "PubDate") ?? Meta(metas, "publishdate")
            ?? Meta(metas, "pubdate") ?? Meta(metas, "date") ?? Meta(metas, "og:release_date")
            ?? document.QuerySelector("[itemprop=datePublished]")?.GetAttribute("content")
            ?? document.QuerySelector("time[datetime]")?.GetAttribute("datetime");
        if (PublishTimeParser.TryFind(time, chinese, out var published))
        {
            metadata.Published = published;
        }

        var byline = Text(document.QuerySelector(".byline, [class*=byline], [class~=author]"));
        if (byline is not null)
        {
            MetadataLineReader.TryRead(byline, chinese, metadata);
        }

        return metadata;
    }

    private static Uri? Canonical(IDocument document, PageMetaTags metas, Uri url)
    {
        var href = document.QuerySelector("link[rel~=canonical][href]")?.GetAttribute("href")
            ?? Meta(metas, "og:url");
        return href is not null && Uri.TryCreate(url, href.Trim(), out var canonical)
            && (canonical.Scheme == Uri.UriSchemeHttp || canonical.Scheme == Uri.UriSchemeHttps) ? canonical : null;
    }

    internal static string? Meta(PageMetaTags metas, string name) => NonEmpty(metas.Content(name));

    private static string? Text(IElement? element) => element is null ? null : NonEmpty(TextNormaliser.Normalise(element.TextContent));

    private static string? NonEmpty(string? value)
    {
        var trimmed = TextNormaliser.Normalise(value);
        return trimmed.Length == 0 || Placeholder().IsMatch(trimmed) ? null : trimmed;
    }

    // Templates sometimes ship their placeholders unfilled.
    [GeneratedRegex(@"^(\{\{.*\}\}|\$\{.*\}|<%.*%>)$")]
    private static partial Regex Placeholder();
}
