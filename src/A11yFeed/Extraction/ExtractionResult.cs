namespace A11yFeed.Extraction;

/// <summary>Either an article or the reason none was found; a page without an article is normal input.</summary>
public sealed record ExtractionResult(ExtractedArticle? Article, string? Error)
{
    public static ExtractionResult Success(ExtractedArticle article) => new(article, null);
    public static ExtractionResult Failure(string error) => new(null, error);
}
