using System.Net;
using A11yFeed.Tests.Hosting;

namespace A11yFeed.Tests.Web;

/// <summary>The pages' own words follow the reader's language; each article keeps its own.</summary>
public sealed class ReaderLanguageTests
{
    [Theory]
    [InlineData(null, "en")]
    [InlineData("en-GB,en;q=0.9", "en")]
    [InlineData("zh-CN,zh;q=0.9,en;q=0.8", "zh-CN")]
    [InlineData("zh-TW", "zh-CN")]
    [InlineData("fr, zh;q=0.8, en;q=0.5", "zh-CN")]
    [InlineData("fr, en;q=0.8, zh;q=0.5", "en")]
    [InlineData("zh;q=0, en;q=0.1", "en")]
    [InlineData("fr-FR", "en")]
    [InlineData("zh-CN;q=abc", "en")]
    public async Task Get_ChoosesThePagesLanguageFromAcceptLanguage(string? acceptLanguage, string expected)
    {
        await using var host = A11yFeedApplication.StartWithSamples();

        var html = await GetAsync(host, "/", acceptLanguage, cookie: null);

        Assert.StartsWith($"<!DOCTYPE html>\n<html lang=\"{expected}\"", html, StringComparison.Ordinal);
        Assert.Contains(expected == "en" ? "Skip to content" : "跳到正文", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_ChineseReaderOnAnEnglishArticle_KeepsTheArticlesLang()
    {
        await using var host = A11yFeedApplication.StartWithSamples();
        await host.SeedGoldenArticlesAsync();

        var html = await GetAsync(host, "/articles/2", "zh-CN", cookie: null);

        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\"", html, StringComparison.Ordinal);
        Assert.Contains("<article aria-labelledby=\"title\" lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("<h1 id=\"title\">Library opens a large-print reading room</h1>", html, StringComparison.Ordinal);
        // The labels inside the English article are the reader's Chinese, and say so; the name stays English.
        Assert.Contains("<p lang=\"zh-CN\">来源：<span lang=\"en\">City Library</span>", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"meta\" lang=\"zh-CN\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_WithLangLink_StoresCookieAndRedirectsToThePageWithoutIt()
    {
        await using var host = A11yFeedApplication.StartWithSamples();

        using var response = await host.Client.GetAsync(new Uri("/sources/city?before=abc&lang=zh", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/sources/city?before=abc", response.Headers.Location!.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith("a11yfeed-lang=zh;", cookie, StringComparison.Ordinal);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Get_WithCookie_OverridesTheBrowserAndMarksTheChoice()
    {
        await using var host = A11yFeedApplication.StartWithSamples();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/listen");
        request.Headers.Add("Accept-Language", "zh-CN");
        request.Headers.Add("Cookie", "a11yfeed-lang=en");

        using var response = await host.Client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en\"", html, StringComparison.Ordinal);
        Assert.Contains("Accept-Language", response.Headers.Vary);
        Assert.Contains("Cookie", response.Headers.Vary);
        // Each language is named in itself, so a reader finds theirs whatever the page says.
        Assert.Contains("<a class=\"button\" href=\"/listen?lang=zh\" lang=\"zh-CN\" hreflang=\"zh-CN\">中文</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a class=\"button\" href=\"/listen?lang=en\" lang=\"en\" hreflang=\"en\" aria-current=\"true\">English</a>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a11yfeed-lang=de", "en")]
    [InlineData("a11yfeed-lang=", "zh-CN")]
    public async Task Get_WithUnreadableCookie_FollowsTheBrowser(string cookie, string expected)
    {
        await using var host = A11yFeedApplication.StartWithSamples();

        var html = await GetAsync(host, "/", expected == "en" ? "en" : "zh", cookie);

        Assert.StartsWith($"<!DOCTYPE html>\n<html lang=\"{expected}\"", html, StringComparison.Ordinal);
    }

    private static async Task<string> GetAsync(A11yFeedApplication host, string path, string? acceptLanguage, string? cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (acceptLanguage is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        }

        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }

        using var response = await host.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }
}
