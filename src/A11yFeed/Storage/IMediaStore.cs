namespace A11yFeed.Storage;

/// <summary>Where episode audio lives. Keys are relative, slash-separated paths such as "audio/demo/12-ab12cd34.mp3".</summary>
public interface IMediaStore
{
    /// <summary>Moves a finished local file into the store under <paramref name="key"/>; readers never see a partial file.</summary>
    Task PutFileAsync(string key, string localPath, CancellationToken cancellationToken);

    bool Exists(string key);

    /// <summary>Opens the stored file for reading, or returns null when there is none (or the key is not a valid one).</summary>
    Stream? OpenRead(string key);

    Task DeleteAsync(string key, CancellationToken cancellationToken);
}
