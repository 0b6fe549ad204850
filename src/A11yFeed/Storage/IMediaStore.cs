namespace A11yFeed.Storage;

/// <summary>
/// Where episode audio lives: local disk (embedded default) or an S3-compatible object store. Keys are relative,
/// slash-separated paths such as "audio/demo/12-ab12cd34.mp3"; a key that is not <see cref="MediaKey.IsValid"/> is
/// refused on writes and finds nothing on reads.
/// </summary>
public interface IMediaStore
{
    /// <summary>
    /// Copies a finished local file into the store under <paramref name="key"/>. Readers never see a partial file, and
    /// when this returns the stored object has exactly the file's length (the length a feed's enclosure announces).
    /// </summary>
    Task PutFileAsync(string key, string localPath, CancellationToken cancellationToken);

    /// <summary>The stored object's length, modification time and entity tag, or null when there is none.</summary>
    Task<MediaObjectInfo?> StatAsync(string key, CancellationToken cancellationToken);

    Task<bool> ExistsAsync(string key, CancellationToken cancellationToken);

    /// <summary>
    /// Opens <paramref name="length"/> bytes of the stored object from <paramref name="offset"/> (to its end when
    /// <paramref name="length"/> is null), or returns null when there is none. The stream yields exactly those bytes.
    /// </summary>
    Task<Stream?> OpenReadAsync(string key, long offset, long? length, CancellationToken cancellationToken);

    /// <summary>
    /// Where clients may fetch the object directly instead of through <c>/media</c> (a public bucket or CDN), or null
    /// when the service serves it itself.
    /// </summary>
    Uri? PublicUrl(string key);

    Task DeleteAsync(string key, CancellationToken cancellationToken);
}
