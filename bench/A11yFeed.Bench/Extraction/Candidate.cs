using A11yFeed.Extraction;

namespace A11yFeed.Bench.Extraction;

/// <summary>What a compared extractor gave for one page; empty strings when it gave nothing.</summary>
/// <param name="PageTitle">The page's own title where the extractor tells it apart from the headline.</param>
internal sealed record Extracted(string Title, string Text, string? Author, DateTimeOffset? Published, string? PageTitle = null);

/// <summary>An extractor under measurement: ours, and SmartReader (a C# port of Mozilla Readability) as the baseline.</summary>
internal sealed record Candidate(string Name, Func<CorpusPage, Extracted> Extract)
{
    private static readonly Extracted Nothing = new(string.Empty, string.Empty, null, null);

    public static Candidate A11yFeed { get; } = new("A11yFeed", page =>
    {
        var article = new ArticleExtractor().Extract(page.Html, page.Url).Article;
        return article is null ? Nothing : new Extracted(article.Title, article.Text, article.Author, article.Published, article.PageTitle);
    });

    public static Candidate SmartReader { get; } = new("SmartReader 0.11.1", page =>
    {
        try
        {
            // The (uri, text) constructor reads the given text; the static ParseArticle(string, string) would fetch the uri.
            var article = new global::SmartReader.Reader(page.Url.AbsoluteUri, page.Html).GetArticle();
            // Text it found counts even when it judged the page "not readable" (short CJK pages often are).
            return !string.IsNullOrWhiteSpace(article.TextContent)
                ? new Extracted(article.Title ?? string.Empty, article.TextContent ?? string.Empty, article.Author, article.PublicationDate is { } d ? new DateTimeOffset(d, TimeSpan.Zero) : null)
                : Nothing;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The baseline failing on a page counts as an empty extraction, as it would in use.
            return Nothing;
        }
    });
}
