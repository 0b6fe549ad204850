using A11yFeed.Storage;

namespace A11yFeed.Tests.Storage;

/// <summary>
/// What every media store promises, written once and run against each store (<see cref="LocalDiskMediaStoreTests"/>,
/// <see cref="S3MediaStoreTests"/>), so the service behaves the same on local disk and in a bucket.
/// </summary>
internal sealed class MediaStoreContract(IMediaStore store) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("a11yfeed-media-contract-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    public static byte[] Pattern(int length) => [.. Enumerable.Range(0, length).Select(i => (byte)(i * 7 % 251))];

    public async Task Put_ThenExistsStatAndReadTheWholeFile()
    {
        var bytes = Pattern(10_000);

        await store.PutFileAsync("audio/demo/1-abc.mp3", await WriteAsync(bytes), CancellationToken.None);

        Assert.True(await store.ExistsAsync("audio/demo/1-abc.mp3", CancellationToken.None));
        var info = await store.StatAsync("audio/demo/1-abc.mp3", CancellationToken.None);
        Assert.NotNull(info);
        Assert.Equal(bytes.Length, info.Length);
        Assert.Matches("^\"[^\"]+\"$", info.ETag);
        Assert.Equal(bytes, await ReadAsync("audio/demo/1-abc.mp3", 0, null));
    }

    public async Task OpenRead_ARange_YieldsExactlyThoseBytes()
    {
        var bytes = Pattern(10_000);
        await store.PutFileAsync("audio/demo/2-abc.mp3", await WriteAsync(bytes), CancellationToken.None);

        Assert.Equal(bytes[1000..1500], await ReadAsync("audio/demo/2-abc.mp3", 1000, 500));
        Assert.Equal(bytes[9990..], await ReadAsync("audio/demo/2-abc.mp3", 9990, null));
        Assert.Equal(bytes[..1], await ReadAsync("audio/demo/2-abc.mp3", 0, 1));
    }

    public async Task Put_ReplacesAnExistingObjectWhole()
    {
        await store.PutFileAsync("audio/x.mp3", await WriteAsync(Pattern(5000)), CancellationToken.None);

        await store.PutFileAsync("audio/x.mp3", await WriteAsync([9]), CancellationToken.None);

        Assert.Equal([9], await ReadAsync("audio/x.mp3", 0, null));
        Assert.Equal(1, (await store.StatAsync("audio/x.mp3", CancellationToken.None))!.Length);
    }

    public async Task Delete_RemovesTheObjectAndToleratesAMissingOne()
    {
        await store.PutFileAsync("audio/gone.mp3", await WriteAsync(Pattern(100)), CancellationToken.None);

        await store.DeleteAsync("audio/gone.mp3", CancellationToken.None);
        await store.DeleteAsync("audio/gone.mp3", CancellationToken.None);

        Assert.False(await store.ExistsAsync("audio/gone.mp3", CancellationToken.None));
        Assert.Null(await store.StatAsync("audio/gone.mp3", CancellationToken.None));
        Assert.Null(await store.OpenReadAsync("audio/gone.mp3", 0, null, CancellationToken.None));
    }

    public async Task Put_WhenTheSourceIsMissing_LeavesNothingUnderTheKey()
    {
        await Assert.ThrowsAnyAsync<IOException>(() => store.PutFileAsync("audio/y.mp3", Path.Combine(_folder, "nope"), CancellationToken.None));

        Assert.False(await store.ExistsAsync("audio/y.mp3", CancellationToken.None));
    }

    /// <summary>
    /// 300,000 bytes, the size at which AWSSDK.S3 4.x's default aws-chunked upload was stored by s3rver as 300,566
    /// bytes (framing included) with a 200: the object must hold the file's bytes and nothing else.
    /// </summary>
    public async Task Put_StoresExactlyTheFilesBytes()
    {
        var bytes = Pattern(300_000);

        await store.PutFileAsync("audio/big.mp3", await WriteAsync(bytes), CancellationToken.None);

        Assert.Equal(300_000, (await store.StatAsync("audio/big.mp3", CancellationToken.None))!.Length);
        Assert.Equal(bytes, await ReadAsync("audio/big.mp3", 0, null));
    }

    public async Task Keys_ThatCouldLeaveTheStore_AreRefused(string key)
    {
        var file = await WriteAsync([1, 2, 3]);

        await Assert.ThrowsAsync<ArgumentException>(() => store.PutFileAsync(key, file, CancellationToken.None));

        Assert.False(await store.ExistsAsync(key, CancellationToken.None));
        Assert.Null(await store.StatAsync(key, CancellationToken.None));
        Assert.Null(await store.OpenReadAsync(key, 0, null, CancellationToken.None));
        Assert.Null(store.PublicUrl(key));
    }

    public static TheoryData<string> UnsafeKeys() =>
        ["../outside.mp3", "audio/../../outside.mp3", "/etc/passwd", "audio//x.mp3", "audio/./x.mp3", "audio\\x.mp3", ""];

    private async Task<string> WriteAsync(byte[] bytes)
    {
        var path = Path.Combine(_folder, Guid.NewGuid().ToString("N"));
        await File.WriteAllBytesAsync(path, bytes);
        return path;
    }

    private async Task<byte[]> ReadAsync(string key, long offset, long? length)
    {
        await using var stream = await store.OpenReadAsync(key, offset, length, CancellationToken.None);
        Assert.NotNull(stream);
        var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }
}
