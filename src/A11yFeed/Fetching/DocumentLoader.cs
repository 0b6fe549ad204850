using System.Globalization;
using Microsoft.Extensions.Options;

namespace A11yFeed.Fetching;

/// <summary>Loads a document from a local file (file: URI) or over http(s), decoded to text either way.</summary>
public sealed class DocumentLoader(IDocumentFetcher fetcher, IOptions<FetchOptions> options)
{
    public Task<FetchedDocument> LoadAsync(Uri url, FetchValidators? validators, CancellationToken cancellationToken) =>
        url.IsFile
            ? LoadFileAsync(url, validators, cancellationToken)
            : fetcher.FetchAsync(url, validators, cancellationToken);

    /// <summary>An absolute http(s) or file URL as given, or a local path (absolute or relative to the current directory) as a file URI.</summary>
    public static Uri ToUri(string pathOrUrl)
    {
        if (Uri.TryCreate(pathOrUrl, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps || uri.IsFile))
        {
            return uri;
        }

        return new Uri(Path.GetFullPath(pathOrUrl));
    }

    private async Task<FetchedDocument> LoadFileAsync(Uri url, FetchValidators? validators, CancellationToken cancellationToken)
    {
        var file = new FileInfo(url.LocalPath);
        if (!file.Exists)
        {
            throw new FetchException($"{url.LocalPath} does not exist", isTransient: false);
        }

        // A file's validators come from its write time and length, so an unchanged file is not re-read.
        var modified = new DateTimeOffset(file.LastWriteTimeUtc, TimeSpan.Zero);
        var current = new FetchValidators(
            string.Create(CultureInfo.InvariantCulture, $"\"{file.LastWriteTimeUtc.Ticks:x}-{file.Length:x}\""),
            modified);
        if (validators is not null && validators.ETag == current.ETag)
        {
            return new FetchedDocument(url, true, "", null, null, current);
        }

        if (file.Length > options.Value.MaxResponseBytes)
        {
            throw new FetchException($"{url.LocalPath} is larger than the {options.Value.MaxResponseBytes} byte limit (Fetch:MaxResponseBytes)", isTransient: false);
        }

        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(file.FullName, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new FetchException($"{url.LocalPath} could not be read", isTransient: true, ex);
        }

        if (CharsetDecoder.LooksBinary(bytes, null))
        {
            throw new FetchException($"{url.LocalPath} looks like binary data, not text", isTransient: false);
        }

        var decoded = CharsetDecoder.Decode(bytes, null);
        var mediaType = file.Extension.Equals(".txt", StringComparison.OrdinalIgnoreCase) ? "text/plain" : "text/html";
        return new FetchedDocument(url, false, decoded.Text, mediaType, decoded.Charset, current);
    }
}
