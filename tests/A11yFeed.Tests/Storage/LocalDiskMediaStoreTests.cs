using A11yFeed.Storage;

namespace A11yFeed.Tests.Storage;

public sealed class LocalDiskMediaStoreTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("a11yfeed-media-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task PutFile_StoresTheWholeFileAndLeavesNoTemporaryFile()
    {
        var store = new LocalDiskMediaStore(Path.Combine(_root, "media"));
        var source = Path.Combine(_root, "episode.mp3");
        await File.WriteAllBytesAsync(source, [1, 2, 3, 4]);

        await store.PutFileAsync("audio/demo/1-abc.mp3", source, CancellationToken.None);

        Assert.True(store.Exists("audio/demo/1-abc.mp3"));
        await using (var stream = store.OpenRead("audio/demo/1-abc.mp3")!)
        {
            var copy = new MemoryStream();
            await stream.CopyToAsync(copy);
            Assert.Equal([1, 2, 3, 4], copy.ToArray());
        }

        Assert.Single(Directory.GetFiles(Path.Combine(_root, "media"), "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task PutFile_ReplacesAnExistingFileWhole()
    {
        var store = new LocalDiskMediaStore(_root);
        var first = Path.Combine(_root, "first.bin");
        var second = Path.Combine(_root, "second.bin");
        await File.WriteAllBytesAsync(first, new byte[1000]);
        await File.WriteAllBytesAsync(second, [9]);

        await store.PutFileAsync("audio/x.mp3", first, CancellationToken.None);
        await store.PutFileAsync("audio/x.mp3", second, CancellationToken.None);

        Assert.Equal([9], await File.ReadAllBytesAsync(Path.Combine(_root, "audio", "x.mp3")));
    }

    [Fact]
    public async Task PutFile_WhenTheSourceIsMissing_LeavesNothingUnderTheKey()
    {
        var store = new LocalDiskMediaStore(_root);

        await Assert.ThrowsAsync<FileNotFoundException>(() => store.PutFileAsync("audio/y.mp3", Path.Combine(_root, "nope"), CancellationToken.None));

        Assert.False(store.Exists("audio/y.mp3"));
        Assert.Empty(Directory.GetFiles(_root, "*.tmp", SearchOption.AllDirectories));
    }

    [Theory]
    [InlineData("../outside.mp3")]
    [InlineData("audio/../../outside.mp3")]
    [InlineData("/etc/passwd")]
    [InlineData("audio//x.mp3")]
    [InlineData("audio/./x.mp3")]
    [InlineData("audio\\x.mp3")]
    [InlineData("")]
    public void Keys_ThatCouldLeaveTheStore_ResolveToNothing(string key)
    {
        File.WriteAllText(Path.Combine(_root, "outside.mp3"), "x");
        var store = new LocalDiskMediaStore(Path.Combine(_root, "media"));

        Assert.Null(store.TryResolve(key));
        Assert.Null(store.OpenRead(key));
        Assert.False(store.Exists(key));
    }
}
