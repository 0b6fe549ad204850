using A11yFeed.Storage;

namespace A11yFeed.Tests.Storage;

public sealed class LocalDiskMediaStoreTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("a11yfeed-media-").FullName;
    private readonly LocalDiskMediaStore _store;
    private readonly MediaStoreContract _contract;

    public LocalDiskMediaStoreTests()
    {
        _store = new LocalDiskMediaStore(Path.Combine(_root, "media"));
        _contract = new MediaStoreContract(_store);
    }

    public void Dispose()
    {
        _contract.Dispose();
        Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public Task Put_ThenExistsStatAndReadTheWholeFile() => _contract.Put_ThenExistsStatAndReadTheWholeFile();

    [Fact]
    public Task OpenRead_ARange_YieldsExactlyThoseBytes() => _contract.OpenRead_ARange_YieldsExactlyThoseBytes();

    [Fact]
    public Task Put_ReplacesAnExistingObjectWhole() => _contract.Put_ReplacesAnExistingObjectWhole();

    [Fact]
    public Task Delete_RemovesTheObjectAndToleratesAMissingOne() => _contract.Delete_RemovesTheObjectAndToleratesAMissingOne();

    [Fact]
    public Task Put_WhenTheSourceIsMissing_LeavesNothingUnderTheKey() => _contract.Put_WhenTheSourceIsMissing_LeavesNothingUnderTheKey();

    [Fact]
    public Task Put_StoresExactlyTheFilesBytes() => _contract.Put_StoresExactlyTheFilesBytes();

    [Theory]
    [MemberData(nameof(MediaStoreContract.UnsafeKeys), MemberType = typeof(MediaStoreContract))]
    public Task Keys_ThatCouldLeaveTheStore_AreRefused(string key) => _contract.Keys_ThatCouldLeaveTheStore_AreRefused(key);

    [Fact]
    public async Task PutFile_LeavesOnlyTheFileAndNoTemporaryOne()
    {
        var source = Path.Combine(_root, "episode.mp3");
        await File.WriteAllBytesAsync(source, [1, 2, 3, 4]);

        await _store.PutFileAsync("audio/demo/1-abc.mp3", source, CancellationToken.None);

        Assert.Equal(
            Path.Combine(_root, "media", "audio", "demo", "1-abc.mp3"),
            Assert.Single(Directory.GetFiles(Path.Combine(_root, "media"), "*", SearchOption.AllDirectories)));
    }

    [Fact]
    public async Task PutFile_WhenTheSourceIsMissing_LeavesNoTemporaryFile()
    {
        await Assert.ThrowsAsync<FileNotFoundException>(() => _store.PutFileAsync("audio/y.mp3", Path.Combine(_root, "nope"), CancellationToken.None));

        Assert.Empty(Directory.GetFiles(_root, "*.tmp", SearchOption.AllDirectories));
    }

    [Theory]
    [MemberData(nameof(MediaStoreContract.UnsafeKeys), MemberType = typeof(MediaStoreContract))]
    public void Keys_ThatCouldLeaveTheStore_ResolveToNothing(string key)
    {
        File.WriteAllText(Path.Combine(_root, "outside.mp3"), "x");

        Assert.Null(_store.TryResolve(key));
    }
}
