using A11yFeed.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace A11yFeed.Tests.Storage;

/// <summary>The media store contract and the S3 store's own promises, against the real S3-compatible server on loopback.</summary>
public sealed class S3MediaStoreTests : IDisposable
{
    private readonly S3TestServer _server = new();
    private readonly S3MediaStore? _store;
    private readonly MediaStoreContract? _contract;

    public S3MediaStoreTests()
    {
        if (S3TestServer.Configured)
        {
            _store = _server.Store();
            _contract = new MediaStoreContract(_store);
        }
    }

    private MediaStoreContract Contract => _contract!;

    public void Dispose()
    {
        _contract?.Dispose();
        _store?.Dispose();
    }

    [S3Fact]
    public Task Put_ThenExistsStatAndReadTheWholeFile() => Contract.Put_ThenExistsStatAndReadTheWholeFile();

    [S3Fact]
    public Task OpenRead_ARange_YieldsExactlyThoseBytes() => Contract.OpenRead_ARange_YieldsExactlyThoseBytes();

    [S3Fact]
    public Task Put_ReplacesAnExistingObjectWhole() => Contract.Put_ReplacesAnExistingObjectWhole();

    [S3Fact]
    public Task Delete_RemovesTheObjectAndToleratesAMissingOne() => Contract.Delete_RemovesTheObjectAndToleratesAMissingOne();

    [S3Fact]
    public Task Put_WhenTheSourceIsMissing_LeavesNothingUnderTheKey() => Contract.Put_WhenTheSourceIsMissing_LeavesNothingUnderTheKey();

    [S3Fact]
    public Task Put_StoresExactlyTheFilesBytes() => Contract.Put_StoresExactlyTheFilesBytes();

    [S3Theory]
    [MemberData(nameof(MediaStoreContract.UnsafeKeys), MemberType = typeof(MediaStoreContract))]
    public Task Keys_ThatCouldLeaveTheStore_AreRefused(string key) => Contract.Keys_ThatCouldLeaveTheStore_AreRefused(key);

    [S3Fact]
    public async Task Put_StoresUnderTheKeyPrefix()
    {
        var file = Path.GetTempFileName();
        await File.WriteAllBytesAsync(file, MediaStoreContract.Pattern(1234));

        await _store!.PutFileAsync("audio/demo/7-abc.mp3", file, CancellationToken.None);
        File.Delete(file);

        Assert.Equal(new Dictionary<string, long> { ["audio/demo/7-abc.mp3"] = 1234 }, await _server.ObjectsAsync());
    }

    [S3Fact]
    public async Task Put_WhenTheServerKeepsOtherBytes_FailsAndLeavesNoObject()
    {
        // The upload framing some servers store inside the object (the SDK's default) must never reach a feed: the
        // size check after the upload catches it and removes the object.
        using var framing = _server.Store(chunkEncoding: true);
        var file = Path.GetTempFileName();
        await File.WriteAllBytesAsync(file, MediaStoreContract.Pattern(300_000));

        var failure = await Assert.ThrowsAsync<IOException>(() => framing.PutFileAsync("audio/framed.mp3", file, CancellationToken.None));
        File.Delete(file);

        Assert.Contains("instead of 300000", failure.Message, StringComparison.Ordinal);
        Assert.Empty(await _server.ObjectsAsync());
    }

    [Fact]
    public void PublicUrl_IsTheBaseAndKeyWhenSetAndNullOtherwise()
    {
        // Naming an address makes no request, so no server is needed here.
        var options = new S3MediaOptions { ServiceUrl = "http://127.0.0.1:9", Bucket = "media", ForcePathStyle = true };
        using var direct = new S3MediaStore(new S3MediaOptions { ServiceUrl = options.ServiceUrl, Bucket = "media", PublicBaseUrl = "https://cdn.example.org/episodes" }, NullLogger<S3MediaStore>.Instance);
        using var proxied = new S3MediaStore(options, NullLogger<S3MediaStore>.Instance);

        Assert.Equal(new Uri("https://cdn.example.org/episodes/audio/demo/1-abc.mp3"), direct.PublicUrl("audio/demo/1-abc.mp3"));
        Assert.Null(proxied.PublicUrl("audio/demo/1-abc.mp3"));
    }
}
