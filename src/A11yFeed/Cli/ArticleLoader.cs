using A11yFeed.Extraction;
using A11yFeed.Fetching;

namespace A11yFeed.Cli;

/// <summary>Loads one path or URL and extracts its article, turning every way it can fail into a message.</summary>
internal sealed class ArticleLoader(DocumentLoader loader, ArticleExtractor extractor)
{
    public async Task<(Uri Url, ExtractedArticle? Article, string? Error)> LoadAsync(string pathOrUrl, CancellationToken cancellationToken)
    {
        Uri url;
        try
        {
            url = DocumentLoader.ToUri(pathOrUrl);
        }
        catch (FormatException exception)
        {
            return (new Uri("about:blank"), null, exception.Message);
        }

        try
        {
            var document = await loader.LoadAsync(url, null, cancellationToken);
            var result = extractor.Extract(document.Text, document.Url, document.MediaType);
            var article = result.Article is { } first
                ? await new PagedArticleJoiner(extractor).JoinAsync(first, document.Text, document.Url, LoadPageAsync, null, cancellationToken)
                : null;
            return (url, article, result.Error);
        }
        catch (FetchException exception)
        {
            return (url, null, exception.Message);
        }
    }

    private async Task<(string Text, string? MediaType)?> LoadPageAsync(Uri url, CancellationToken cancellationToken)
    {
        try
        {
            var page = await loader.LoadAsync(url, null, cancellationToken);
            return (page.Text, page.MediaType);
        }
        catch (FetchException)
        {
            return null; // the pages read so far are still the article
        }
    }
}
