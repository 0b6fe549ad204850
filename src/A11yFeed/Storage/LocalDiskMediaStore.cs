namespace A11yFeed.Storage;

/// <summary>
/// Media on local disk. A file enters the store by a rename within the store's own folder, so a reader
/// (or a feed) sees either the whole old file, the whole new one, or none: never a half-written one.
/// </summary>
public sealed class LocalDiskMediaStore(string root) : IMediaStore
{
    private readonly string _root = Path.GetFullPath(root);

    public async Task PutFileAsync(string key, string localPath, CancellationToken cancellationToken)
    {
        var target = ResolveOrThrow(key);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var temporary = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            await using (var source = File.OpenRead(localPath))
            await using (var destination = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous))
            {
                await source.CopyToAsync(destination, cancellationToken);
                await destination.FlushAsync(cancellationToken);
                destination.Flush(flushToDisk: true);
            }

            File.Move(temporary, target, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    public Task<MediaObjectInfo?> StatAsync(string key, CancellationToken cancellationToken) =>
        Task.FromResult(TryResolve(key) is { } path && new FileInfo(path) is { Exists: true } file
            ? new MediaObjectInfo(file.Length, file.LastWriteTimeUtc, ETagOf(file))
            : null);

    public Task<bool> ExistsAsync(string key, CancellationToken cancellationToken) =>
        Task.FromResult(TryResolve(key) is { } path && File.Exists(path));

    public Task<Stream?> OpenReadAsync(string key, long offset, long? length, CancellationToken cancellationToken)
    {
        if (TryResolve(key) is not { } path || !File.Exists(path))
        {
            return Task.FromResult<Stream?>(null);
        }

        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 81920, FileOptions.Asynchronous);
        file.Seek(offset, SeekOrigin.Begin);
        return Task.FromResult<Stream?>(length is { } count ? new LengthLimitedStream(file, count) : file);
    }

    /// <summary>Local files are served by the service itself.</summary>
    public Uri? PublicUrl(string key) => null;

    public Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        if (TryResolve(key) is { } path && File.Exists(path))
        {
            File.Delete(path);
        }

        return Task.CompletedTask;
    }

    /// <summary>The file behind a key, or null when the key could point outside the store.</summary>
    public string? TryResolve(string key)
    {
        if (!MediaKey.IsValid(key))
        {
            return null;
        }

        var full = Path.GetFullPath(Path.Combine(_root, key));
        return full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? full : null;
    }

    /// <summary>The tag ASP.NET Core's static files give a file: its time and length, so a rewritten file gets a new one.</summary>
    private static string ETagOf(FileInfo file) =>
        $"\"{Convert.ToString(file.LastWriteTimeUtc.ToFileTimeUtc() ^ file.Length, 16)}\"";

    private string ResolveOrThrow(string key) =>
        TryResolve(key) ?? throw new ArgumentException($"'{key}' is not a valid media key.", nameof(key));
}
