using A11yFeed.Extraction;
using A11yFeed.Fetching;

namespace A11yFeed.Cli;

/// <summary>Reads one path or URL a user typed into its article, turning every way it can fail into a message.</summary>
internal sealed class ArticleLoader(ArticlePageLoader pages)
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
            // The user named this path, so any file they can read is theirs to extract.
            var page = await pages.LoadAsync(url, Path.GetPathRoot(Environment.CurrentDirectory), null, null, null, cancellationToken);
            return (url, page.Result?.Article, page.Result?.Error);
        }
        catch (FetchException exception)
        {
            return (url, null, exception.Message);
        }
    }
}
