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
        var metadata = new ArticleMetadata
        {
            Title = TitleChooser.Choose(document),
            PageTitle = NonEmpty(TextNormaliser.Normalise(document.Title)),
            CanonicalUrl = Canonical(document, url),
            DeclaredLanguage = NonEmpty(document.DocumentElement.GetAttribute("lang"))
                ?? Meta(document, "content-language") ?? Meta(document, "language"),
        };

        var markupAuthor = Meta(document, "author") ?? Meta(document, "article:author") ?? Meta(document, "byl")
            ?? Text(document.QuerySelector("[itemprop=author] [itemprop=name], [itemprop=author], [rel=author], .byline-name, .author-name"));

        // Chinese sites fill the author tag with the site or CMS name ("网易", "大汉网络"); the credit printed
        // with the story names the writer, so there the tag is only a fallback.
        metadata.MarkupAuthor = markupAuthor;
        metadata.Offer(author: chinese ? null : markupAuthor, source: Meta(document, "ContentSource") ?? Meta(document, "source"));

        var time = Meta(document, "article:published_time") ?? Meta(document, "PubDate") ?? Meta(document, "publishdate")
            ?? Meta(document, "pubdate") ?? Meta(document, "date") ?? Meta(document, "og:release_date")
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

    private static Uri? Canonical(IDocument document, Uri url)
    {
        var href = document.QuerySelector("link[rel~=canonical][href]")?.GetAttribute("href")
            ?? Meta(document, "og:url");
        return href is not null && Uri.TryCreate(url, href.Trim(), out var canonical)
            && (canonical.Scheme == Uri.UriSchemeHttp || canonical.Scheme == Uri.UriSchemeHttps) ? canonical : null;
    }

    internal static string? Meta(IDocument document, string name)
    {
        foreach (var meta in document.QuerySelectorAll("meta[content]"))
        {
            var key = meta.GetAttribute("name") ?? meta.GetAttribute("property") ?? meta.GetAttribute("http-equiv") ?? meta.GetAttribute("itemprop");
            if (key is not null && key.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return NonEmpty(meta.GetAttribute("content"));
            }
        }

        return null;
    }

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
