namespace A11yFeed.Extraction;

/// <summary>
/// Turns a decoded page (HTML or a plain-text rendering) into an article: metadata, body paragraphs,
/// captions and images, with the site around it removed. Never throws for bad pages.
/// </summary>
public sealed class ArticleExtractor
{
    /// <summary>Pages beyond this are not articles (inline media, dumps); refusing them keeps a job's time bounded.</summary>
    public const int MaxContentLength = 4_000_000;

    /// <summary>Extracts the article; <paramref name="languageHint"/> null or "auto" means detect it.</summary>
    public ExtractionResult Extract(string content, Uri url, string? mediaType = null, string? languageHint = null)
    {
        if (string.IsNullOrWhiteSpace(content))
        {
            return ExtractionResult.Failure("The page is empty.");
        }

        if (content.Length > MaxContentLength)
        {
            return ExtractionResult.Failure($"The page is too large to extract: {content.Length} characters, limit {MaxContentLength}.");
        }

        if (ContentSniffer.LooksBinary(content))
        {
            return ExtractionResult.Failure("The content is binary, not a text or HTML page.");
        }

        try
        {
            return ContentSniffer.LooksLikeHtml(content, mediaType)
                ? HtmlArticleReader.Read(content, url, languageHint)
                : PlainTextArticleReader.Read(content, languageHint);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A parser fault on one odd page must not stop the pipeline; the caller records the reason.
            return ExtractionResult.Failure($"The page could not be parsed: {ex.GetType().Name}.");
        }
    }
}
