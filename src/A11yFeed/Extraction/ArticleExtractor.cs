namespace A11yFeed.Extraction;

/// <summary>
/// Turns a decoded page (HTML or a plain-text rendering) into an article: metadata, body paragraphs,
/// captions and images, with the site around it removed. Never throws for bad pages.
/// </summary>
public sealed class ArticleExtractor
{
    /// <summary>Pages beyond this are not articles (inline media, dumps); refusing them keeps a job's time bounded.</summary>
    public const int MaxContentLength = 4_000_000;

    private readonly ExtractionParameters _parameters;
    private readonly Func<string, Uri, string?> _secondReader;

    /// <summary>The shipped block model and thresholds, with SmartReader as the second opinion.</summary>
    public ArticleExtractor()
        : this(ExtractionParameters.Shipped, SecondOpinion.SmartReaderText)
    {
    }

    /// <summary>Fitted <paramref name="parameters"/> (the evaluation's per-fold sets) and a second reader (the evaluation caches SmartReader's answers).</summary>
    internal ArticleExtractor(ExtractionParameters parameters, Func<string, Uri, string?> secondReader) =>
        (_parameters, _secondReader) = (parameters, secondReader);

    /// <summary>
    /// Extracts the article; <paramref name="languageHint"/> null or "auto" means detect it. Blocks whose
    /// fingerprints are in <paramref name="sourceTemplate"/> (the source's learnt chrome) are never body.
    /// </summary>
    public ExtractionResult Extract(string content, Uri url, string? mediaType = null, string? languageHint = null, IReadOnlySet<long>? sourceTemplate = null)
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
            if (!ContentSniffer.LooksLikeHtml(content, mediaType))
            {
                return PlainTextArticleReader.Read(content, languageHint);
            }

            var result = HtmlArticleReader.Read(content, url, languageHint, _parameters, sourceTemplate, _secondReader);
            return SecondOpinion.Consider(result, content, url, _parameters, _secondReader);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A parser fault on one odd page must not stop the pipeline; the caller records the reason.
            return ExtractionResult.Failure($"The page could not be parsed: {ex.GetType().Name}.");
        }
    }
}
