using System.Net;
using A11yFeed.Tests.Hosting;

namespace A11yFeed.Tests.Web;

/// <summary>Text size and colours are plain links: a cookie and a redirect, no script needed.</summary>
public sealed class ReaderPreferencesTests
{
    [Fact]
    public async Task Get_WithSizeAndTheme_StoresCookieAndRedirectsToThePageWithoutThem()
    {
        await using var host = A11yFeedApplication.StartWithSamples();
        await host.SeedGoldenArticlesAsync();

        using var response = await host.Client.GetAsync(new Uri("/sources/city?before=abc&size=4&theme=contrast", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/sources/city?before=abc", response.Headers.Location!.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith("a11yfeed-view=4-contrast;", cookie, StringComparison.Ordinal);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Get_WithCookie_MarksSizeAndThemeOnThePageAndItsLinks()
    {
        await using var host = A11yFeedApplication.StartWithSamples();
        await host.SeedGoldenArticlesAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/articles/2");
        request.Headers.Add("Cookie", "a11yfeed-view=5-dark");

        using var response = await host.Client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("<html lang=\"en\" class=\"size-5 theme-dark\">", html, StringComparison.Ordinal);
        Assert.Contains("Cookie", response.Headers.Vary);
        Assert.Contains("<a class=\"button z5\" href=\"/articles/2?size=5\" aria-current=\"true\">Largest</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a class=\"button t-dark\" href=\"/articles/2?theme=dark\" aria-current=\"true\">White on black</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a class=\"button t-contrast\" href=\"/articles/2?theme=contrast\">Yellow on black</a>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a11yfeed-view=9-purple")]
    [InlineData("a11yfeed-view=")]
    [InlineData("a11yfeed-view=--")]
    public async Task Get_WithUnreadableCookie_UsesTheDefaults(string cookie)
    {
        await using var host = A11yFeedApplication.StartWithSamples();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("Cookie", cookie);

        using var response = await host.Client.SendAsync(request);

        Assert.Contains("class=\"size-2 theme-default\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_WithBadValues_KeepsWhatWasChosen()
    {
        await using var host = A11yFeedApplication.StartWithSamples();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/?size=99&theme=<script>");
        request.Headers.Add("Cookie", "a11yfeed-view=3-dark");

        using var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
        Assert.StartsWith("a11yfeed-view=3-dark;", Assert.Single(response.Headers.GetValues("Set-Cookie")), StringComparison.Ordinal);
    }
}
