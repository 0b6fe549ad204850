using A11yFeed.Fetching;

namespace A11yFeed.Extraction;

/// <summary>
/// The one path from an article's address to its article, shared by the extract job and the command line: load the
/// page (conditionally, when validators are given), extract it, and join the further pages of an article split
/// over several. A further page that cannot be loaded leaves the article with the pages read so far.
/// </summary>
public sealed class ArticlePageLoader(DocumentLoader loader, ArticleExtractor extractor, ILogger<ArticlePageLoader> logger)
{
    /// <param name="localFolder">Where <c>file:</c> pages may be read from (see <see cref="DocumentLoader"/>); null for web articles.</param>
    /// <exception cref="FetchException">The article's own page could not be loaded.</exception>
    public async Task<LoadedArticlePage> LoadAsync(
        Uri url, string? localFolder, FetchValidators? validators, string? languageHint, IReadOnlySet<long>? sourceTemplate, CancellationToken cancellationToken)
    {
        var document = await loader.LoadAsync(url, localFolder, validators, cancellationToken);
        if (document.NotModified)
        {
            return new LoadedArticlePage(document, null);
        }

        var result = extractor.Extract(document.Text, document.Url, document.MediaType, languageHint, sourceTemplate);
        if (result.Article is { } first)
        {
            result = result with
            {
                Article = await new PagedArticleJoiner(extractor).JoinAsync(
                    first, document.Text, document.Url, (next, token) => LoadPageAsync(next, localFolder, token), languageHint, cancellationToken),
            };
        }

        return new LoadedArticlePage(document, result);
    }

    private async Task<(string Text, string? MediaType)?> LoadPageAsync(Uri url, string? localFolder, CancellationToken cancellationToken)
    {
        try
        {
            var page = await loader.LoadAsync(url, localFolder, null, cancellationToken);
            return (page.Text, page.MediaType);
        }
        catch (FetchException exception)
        {
            logger.LogWarning(exception, "Loading a further page {Url} of an article failed", url);
            return null;
        }
    }
}
