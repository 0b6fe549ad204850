using A11yFeed.Fetching;
using A11yFeed.Sources;

namespace A11yFeed.Tests.Sources;

public sealed class FolderSourceReaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("a11yfeed-folder-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Read_FindsArticleFilesRecursively_NewestFirst()
    {
        var old = Write("old.html", "<p>old</p>", hoursAgo: 5);
        var nested = Write(Path.Combine("2024", "nested.txt"), "nested", hoursAgo: 1);
        var middle = Write("middle.htm", "<p>middle</p>", hoursAgo: 3);
        Write("photo.jpg", "not text", hoursAgo: 0);
        Write("notes.md", "not an article", hoursAgo: 0);

        var result = new FolderSourceReader().Read(Source());

        Assert.Equal([nested, middle, old], result.Items.Select(i => i.Url.LocalPath));
        Assert.All(result.Items, item => Assert.True(item.Url.IsFile));
        Assert.False(result.NotModified);
        Assert.Equal(FetchValidators.None, result.Validators);
    }

    [Fact]
    public void Read_AnEditedFileKeepsItsUri()
    {
        var path = Write("story.html", "<p>first</p>", hoursAgo: 2);
        var before = new FolderSourceReader().Read(Source()).Items.Single().Url;

        Write("story.html", "<p>second</p>", hoursAgo: 0);
        var after = new FolderSourceReader().Read(Source()).Items.Single().Url;

        Assert.Equal(before, after);
        Assert.Equal(path, after.LocalPath);
    }

    [Fact]
    public void Read_MissingFolder_IsAClearError()
    {
        var source = Source() with { Location = Path.Combine(_folder, "gone") };

        var error = Assert.Throws<FetchException>(() => new FolderSourceReader().Read(source));

        Assert.Contains("gone", error.Message);
    }

    private SourceDefinition Source() => new() { Id = "local", Title = "Local", Kind = SourceKind.Folder, Location = _folder };

    private string Write(string relative, string text, int hoursAgo)
    {
        var path = Path.Combine(_folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        File.SetLastWriteTimeUtc(path, new DateTime(2024, 3, 1, 12, 0, 0, DateTimeKind.Utc).AddHours(-hoursAgo));
        return path;
    }
}
