namespace A11yFeed.Fetching;

/// <summary>Loads an http(s) document politely (robots.txt, per-host limits) and decodes it to text.</summary>
public interface IDocumentFetcher
{
    /// <summary>
    /// GETs <paramref name="url"/>, conditionally when <paramref name="validators"/> are given (a 304 gives
    /// <see cref="FetchedDocument.NotModified"/>). Throws <see cref="FetchException"/> on any failure.
    /// </summary>
    Task<FetchedDocument> FetchAsync(Uri url, FetchValidators? validators, CancellationToken cancellationToken);
}
