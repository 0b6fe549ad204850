using Microsoft.Extensions.Options;

namespace A11yFeed.Fetching;

/// <summary>
/// Loads a document over http(s), or from a local file inside a folder the caller names, decoded to text either
/// way. Links come from pages and feeds that anyone can write, so a <c>file:</c> URL is read only where the
/// caller vouches for the folder: a folder source's own folder, or a path the command-line user typed.
/// </summary>
public sealed class DocumentLoader(IDocumentFetcher fetcher, IOptions<FetchOptions> options)
{
    /// <param name="localFolder">
    /// The folder whose files may be read; null (every web source) means http(s) only, and a <c>file:</c> URL is
    /// refused like any other scheme.
    /// </param>
    /// <exception cref="FetchException">The document could not be loaded, or may not be.</exception>
    public Task<FetchedDocument> LoadAsync(Uri url, string? localFolder, FetchValidators? validators, CancellationToken cancellationToken)
    {
        if (!url.IsFile)
        {
            return fetcher.FetchAsync(url, validators, cancellationToken);
        }

        if (localFolder is null || !IsInside(url.LocalPath, localFolder))
        {
            throw new FetchException($"{url} is a local file outside the source's folder: not read", isTransient: false);
        }

        return LoadFileAsync(url, validators, cancellationToken);
    }

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

    /// <summary>Whether <paramref name="path"/>, with every link in it followed, lies inside <paramref name="folder"/>.</summary>
    private static bool IsInside(string path, string folder)
    {
        var root = Resolve(Path.GetFullPath(folder));
        var prefix = root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar;
        return Resolve(Path.GetFullPath(path)).StartsWith(prefix, StringComparison.Ordinal);
    }

    // A symbolic link inside the folder must not lead a reader outside it.
    private static string Resolve(string path)
    {
        var parts = new List<string>();
        var current = path;
        while (!string.IsNullOrEmpty(current))
        {
            FileSystemInfo info = Directory.Exists(current) ? new DirectoryInfo(current) : new FileInfo(current);
            if (info.Exists && info.LinkTarget is not null)
            {
                var target = info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? current;
                return Path.Combine([Resolve(target), .. Enumerable.Reverse(parts)]);
            }

            var parent = Path.GetDirectoryName(current);
            if (parent is null)
            {
                break;
            }

            parts.Add(Path.GetFileName(current));
            current = parent;
        }

        return path;
    }

    private async Task<FetchedDocument> LoadFileAsync(Uri url, FetchValidators? validators, CancellationToken cancellationToken)
    {
        var file = new FileInfo(url.LocalPath);
        if (!file.Exists)
        {
            throw new FetchException($"{url.LocalPath} does not exist", isTransient: false);
        }

        // A file's validators come from its write time and length, so an unchanged file is not re-read.
        var current = FileValidators.For(file);
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
