using System.Net;
using A11yFeed.Tests.Hosting;

namespace A11yFeed.Tests.Admin;

/// <summary>The dashboard and /admin, seen from another machine: closed without the key, open with it.</summary>
[Collection(ApplicationCollection.Name)]
public sealed class AdminAccessTests : IDisposable
{
    private const string Key = "correct-horse-battery-staple";
    private readonly A11yFeedApplication _app;

    public AdminAccessTests()
    {
        _app = new A11yFeedApplication().With("Admin:Key", Key).With("Admin:AllowLoopback", "false");
        var empty = Directory.CreateDirectory(Path.Combine(_app.Root, "empty")).FullName;
        _app.WithSource("quiet", new { title = "Quiet", kind = "folder", location = empty });
    }

    public void Dispose() => _app.Dispose();

    [Theory]
    [InlineData("/admin/sources")]
    [InlineData("/hangfire")]
    public async Task AdminSurface_WithoutTheKey_IsClosed(string path)
    {
        using var client = _app.CreateClient();

        var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized, $"{path} answered {response.StatusCode}");
    }

    [Fact]
    public async Task AdminSurface_WithAWrongKey_IsClosed()
    {
        using var client = _app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Admin-Key", "correct-horse-battery-stapler");

        var response = await client.PostAsync(new Uri("/admin/sources/quiet/poll", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task AdminEndpoints_WithTheKeyHeader_Answer()
    {
        using var client = _app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Admin-Key", Key);

        var health = await client.GetStringAsync(new Uri("/admin/sources", UriKind.Relative));
        var poll = await client.PostAsync(new Uri("/admin/sources/quiet/poll", UriKind.Relative), null);
        var unknown = await client.PostAsync(new Uri("/admin/sources/nope/poll", UriKind.Relative), null);

        Assert.Contains("\"id\":\"quiet\"", health, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Accepted, poll.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Dashboard_OpensWithTheKeyOnceThenByCookie()
    {
        using var client = _app.CreateClient();

        var first = await client.GetAsync(new Uri($"/hangfire?key={Key}", UriKind.Relative));
        var again = await client.GetAsync(new Uri("/hangfire", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Contains(first.Headers.GetValues("Set-Cookie"), c => c.Contains("httponly", StringComparison.OrdinalIgnoreCase) && c.Contains("samesite=strict", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
    }

    [Fact]
    public async Task PublicPages_NeedNoKey()
    {
        using var client = _app.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/feeds/all.rss", UriKind.Relative))).StatusCode);
    }
}
