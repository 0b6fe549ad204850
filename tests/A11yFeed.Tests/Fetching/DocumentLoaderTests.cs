using System.Text;
using A11yFeed.Fetching;
using Microsoft.Extensions.DependencyInjection;

namespace A11yFeed.Tests.Fetching;

public sealed class DocumentLoaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("a11yfeed-loader-").FullName;
    private readonly ServiceProvider _services = FetchingServices.Build();

    static DocumentLoaderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public void Dispose()
    {
        _services.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Load_File_DecodesGbkAndSetsMediaTypeByExtension()
    {
        var html = Write("a.html", Encoding.GetEncoding(936).GetBytes("<meta charset=\"gbk\"><p>社区养老服务</p>"));
        var text = Write("b.txt", Encoding.UTF8.GetBytes("社区养老服务"));

        var page = await Loader().LoadAsync(DocumentLoader.ToUri(html), _folder, null, default);
        var plain = await Loader().LoadAsync(DocumentLoader.ToUri(text), _folder, null, default);

        Assert.Contains("社区养老服务", page.Text);
        Assert.Equal("text/html", page.MediaType);
        Assert.Equal("gb18030", page.Charset);
        Assert.Equal("text/plain", plain.MediaType);
        Assert.NotNull(page.Validators.ETag);
        Assert.NotNull(page.Validators.LastModified);
    }

    [Fact]
    public async Task Load_UnchangedFile_IsNotModified_AndAChangedOneIsRead()
    {
        var path = Write("c.html", Encoding.UTF8.GetBytes("<p>one</p>"));
        var first = await Loader().LoadAsync(DocumentLoader.ToUri(path), _folder, null, default);

        var again = await Loader().LoadAsync(DocumentLoader.ToUri(path), _folder, first.Validators, default);
        File.WriteAllText(path, "<p>one, edited</p>");
        var changed = await Loader().LoadAsync(DocumentLoader.ToUri(path), _folder, first.Validators, default);

        Assert.True(again.NotModified);
        Assert.False(changed.NotModified);
        Assert.Equal("<p>one, edited</p>", changed.Text);
    }

    [Fact]
    public async Task Load_MissingFile_IsNotTransient()
    {
        var error = await Assert.ThrowsAsync<FetchException>(() => Loader().LoadAsync(DocumentLoader.ToUri(Path.Combine(_folder, "none.html")), _folder, null, default));

        Assert.False(error.IsTransient);
    }

    // A list page or feed linking file:///etc/passwd once got the file published as an article.
    [Fact]
    public async Task Load_FileUrl_WithoutAFolder_IsRefusedAndNeverRead()
    {
        var secret = Write("secret.txt", Encoding.UTF8.GetBytes("root:x:0:0"));

        var error = await Assert.ThrowsAsync<FetchException>(() => Loader().LoadAsync(new Uri(secret), null, null, default));

        Assert.False(error.IsTransient);
        Assert.Contains("local file", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("root:x", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Load_FileOutsideTheFolder_IsRefused_ByPathOrByLink()
    {
        var source = Directory.CreateDirectory(Path.Combine(_folder, "source")).FullName;
        var outside = Write("outside.html", Encoding.UTF8.GetBytes("<p>private</p>"));
        var inside = Path.Combine(source, "inside.html");
        File.WriteAllText(inside, "<p>public</p>");
        var link = Path.Combine(source, "link.html");
        File.CreateSymbolicLink(link, outside);
        var linkedFolder = Path.Combine(source, "elsewhere");
        Directory.CreateSymbolicLink(linkedFolder, _folder);

        var read = await Loader().LoadAsync(new Uri(inside), source, null, default);

        Assert.Equal("<p>public</p>", read.Text);
        await Assert.ThrowsAsync<FetchException>(() => Loader().LoadAsync(new Uri(outside), source, null, default));
        await Assert.ThrowsAsync<FetchException>(() => Loader().LoadAsync(new Uri(Path.Combine(source, "..", "outside.html")), source, null, default));
        await Assert.ThrowsAsync<FetchException>(() => Loader().LoadAsync(new Uri(link), source, null, default));
        await Assert.ThrowsAsync<FetchException>(() => Loader().LoadAsync(new Uri(Path.Combine(linkedFolder, "outside.html")), source, null, default));
        // A folder whose name starts like the source's is still outside it.
        var sibling = Directory.CreateDirectory(source + "-other").FullName;
        File.WriteAllText(Path.Combine(sibling, "a.html"), "<p>sibling</p>");
        await Assert.ThrowsAsync<FetchException>(() => Loader().LoadAsync(new Uri(Path.Combine(sibling, "a.html")), source, null, default));
    }

    [Fact]
    public void ToUri_TurnsPathsIntoFileUris_AndKeepsUrls()
    {
        Assert.Equal("https://example.org/a", DocumentLoader.ToUri("https://example.org/a").AbsoluteUri);
        Assert.True(DocumentLoader.ToUri("relative/page.html").IsFile);
        Assert.Equal(Path.GetFullPath("relative/page.html"), DocumentLoader.ToUri("relative/page.html").LocalPath);
        Assert.Equal("/tmp/x.html", DocumentLoader.ToUri("/tmp/x.html").LocalPath);
    }

    private DocumentLoader Loader() => _services.GetRequiredService<DocumentLoader>();

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
