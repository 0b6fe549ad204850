using A11yFeed.Fetching;

namespace A11yFeed.Extraction;

/// <param name="Document">The page as loaded: its validators, and <see cref="FetchedDocument.NotModified"/>.</param>
/// <param name="Result">The article or the reason there is none; null when the page was not modified.</param>
public sealed record LoadedArticlePage(FetchedDocument Document, ExtractionResult? Result);
