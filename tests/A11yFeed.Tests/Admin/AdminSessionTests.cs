using System.Net;
using A11yFeed.Tests.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Time.Testing;

namespace A11yFeed.Tests.Admin;

/// <summary>The signed session cookie that <c>?key=</c> is traded for: its lifetime, its flags, and its keys on disk.</summary>
[Collection(ApplicationCollection.Name)]
public sealed class AdminSessionTests : IDisposable
{
    private const string Key = "correct-horse-battery-staple";
    private readonly string _data = Directory.CreateTempSubdirectory("a11yfeed-session-").FullName;

    public void Dispose() => Directory.Delete(_data, recursive: true);

    [Fact]
    public async Task Session_EndsAfterItsLifetime()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero));
        using var app = Application(Key).With("Admin:SessionLifetime", "01:00:00").WithClock(clock);
        using var client = app.CreateClient();

        await client.GetAsync(new Uri($"/admin/sources?key={Key}", UriKind.Relative));
        clock.Advance(TimeSpan.FromMinutes(59));
        var withinTheHour = await client.GetAsync(new Uri("/admin/sources", UriKind.Relative));
        clock.Advance(TimeSpan.FromMinutes(2));
        var afterIt = await client.GetAsync(new Uri("/admin/sources", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, withinTheHour.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, afterIt.StatusCode);
    }

    [Fact]
    public async Task Session_SurvivesARestartOnTheSameData_AndEndsWhenTheKeyChanges()
    {
        string cookie;
        using (var first = Application(Key))
        {
            using var client = first.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
            var exchange = await client.GetAsync(new Uri($"/admin/sources?key={Key}", UriKind.Relative));
            cookie = exchange.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("a11yfeed-admin=", StringComparison.Ordinal)).Split(';')[0];
        }

        var sameKey = await GetWithCookieAsync(Key, cookie);
        var newKey = await GetWithCookieAsync("a-new-key-after-a-leak", cookie);

        Assert.NotEmpty(Directory.EnumerateFiles(Path.Combine(_data, "keys"), "key-*.xml"));
        Assert.Equal(HttpStatusCode.OK, sameKey);
        Assert.Equal(HttpStatusCode.Forbidden, newKey);
    }

    [Theory]
    [InlineData("https://news.example.org/", true)]
    [InlineData("http://news.example.org/", false)]
    public async Task SessionCookie_IsSecure_WhenThePublicAddressIsHttps(string publicBaseUrl, bool secure)
    {
        using var app = Application(Key).With("Feeds:PublicBaseUrl", publicBaseUrl);
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var exchange = await client.GetAsync(new Uri($"/admin/sources?key={Key}", UriKind.Relative));
        var cookie = exchange.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("a11yfeed-admin=", StringComparison.Ordinal));

        // Behind a TLS proxy the request is plain HTTP, and the cookie went out without Secure.
        Assert.Equal(secure, cookie.Contains("; secure", StringComparison.OrdinalIgnoreCase));
    }

    private async Task<HttpStatusCode> GetWithCookieAsync(string key, string cookie)
    {
        using var app = Application(key);
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return (await client.GetAsync(new Uri("/admin/sources", UriKind.Relative))).StatusCode;
    }

    private A11yFeedApplication Application(string key) => new A11yFeedApplication()
        .With("Admin:Key", key)
        .With("Admin:AllowLoopback", "false")
        .With("Storage:DataDirectory", _data);
}
