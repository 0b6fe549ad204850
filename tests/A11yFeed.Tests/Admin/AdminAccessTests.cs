using System.Net;
using A11yFeed.Tests.Hosting;
using Microsoft.AspNetCore.Http;

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

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("Authorization", "Bearer correct-horse-battery-stapler")]
    [InlineData("X-A11yFeed-Admin-Key", "correct-horse-battery-stapler")]
    [InlineData("X-A11yFeed-Admin-Key", "correct")]
    public async Task AdminSurface_WithAWrongKey_IsClosed(string header, string value)
    {
        using var client = _app.CreateClient();
        client.DefaultRequestHeaders.Add(header, value);

        var response = await client.PostAsync(new Uri("/admin/sources/quiet/poll", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("Authorization", $"Bearer {Key}")]
    [InlineData("X-A11yFeed-Admin-Key", Key)]
    public async Task AdminEndpoints_WithTheKeyInAHeader_Answer(string header, string value)
    {
        using var client = _app.CreateClient();
        client.DefaultRequestHeaders.Add(header, value);

        var health = await client.GetStringAsync(new Uri("/admin/sources", UriKind.Relative));
        var poll = await client.PostAsync(new Uri("/admin/sources/quiet/poll", UriKind.Relative), null);
        var unknown = await client.PostAsync(new Uri("/admin/sources/nope/poll", UriKind.Relative), null);

        Assert.Contains("\"id\":\"quiet\"", health, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Accepted, poll.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task KeyInTheAddress_IsTradedForASessionCookie_AndTheAddressDropsIt()
    {
        using var client = _app.CreateClient(new() { AllowAutoRedirect = false });

        var exchange = await client.GetAsync(new Uri($"/hangfire/recurring?key={Key}&page=2", UriKind.Relative));
        var cookie = Assert.Single(exchange.Headers.GetValues("Set-Cookie"), c => c.StartsWith("a11yfeed-admin=", StringComparison.Ordinal));
        var again = await client.GetAsync(new Uri("/hangfire/recurring", UriKind.Relative));

        // The cookie's value was the key itself, and the key stayed in the address, the history and Referer headers.
        Assert.Equal(HttpStatusCode.SeeOther, exchange.StatusCode);
        Assert.Equal("/hangfire/recurring?page=2", exchange.Headers.Location?.OriginalString);
        Assert.DoesNotContain(Key, cookie, StringComparison.Ordinal);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("max-age=43200", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("no-referrer", exchange.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
    }

    [Fact]
    public async Task KeyInTheAddress_WhenWrong_SetsNoCookie()
    {
        using var client = _app.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.GetAsync(new Uri("/hangfire?key=guess", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task ACookieHoldingTheKeyItself_IsRefused()
    {
        using var client = _app.CreateClient(new() { HandleCookies = false });
        client.DefaultRequestHeaders.Add("Cookie", $"a11yfeed-admin={Key}");

        var response = await client.GetAsync(new Uri("/admin/sources", UriKind.Relative));

        // The old cookie was the key in plain text; only a signed session opens the surface now.
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Loopback_IsTheConnectionsAddress_NotAForwardingHeader()
    {
        using var local = new A11yFeedApplication();

        var forged = await local.Server.SendAsync(context =>
        {
            Get(context, "/admin/sources");
            context.Connection.RemoteIpAddress = IPAddress.Parse("203.0.113.7");
            context.Request.Headers["X-Forwarded-For"] = "127.0.0.1";
            context.Request.Headers["X-Real-IP"] = "127.0.0.1";
            context.Request.Headers["Forwarded"] = "for=127.0.0.1";
        });
        var loopback = await local.Server.SendAsync(context =>
        {
            Get(context, "/admin/sources");
            context.Connection.RemoteIpAddress = IPAddress.IPv6Loopback;
        });

        Assert.Equal(StatusCodes.Status403Forbidden, forged.Response.StatusCode);
        Assert.Equal(StatusCodes.Status200OK, loopback.Response.StatusCode);
    }

    [Fact]
    public async Task PublicPages_NeedNoKey()
    {
        using var client = _app.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/feeds/all.rss", UriKind.Relative))).StatusCode);
    }

    private static void Get(HttpContext context, string path)
    {
        context.Request.Method = HttpMethods.Get;
        context.Request.Scheme = "http";
        context.Request.Host = new HostString("localhost");
        context.Request.Path = path;
    }
}
