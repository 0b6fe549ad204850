using System.Net;
using System.Text.RegularExpressions;
using A11yFeed.Storage;
using A11yFeed.Tests.Hosting;
using A11yFeed.Tests.Publishing;

namespace A11yFeed.Tests.Web;

public sealed partial class PageEndpointsTests
{
    [Theory]
    [InlineData("/", "zh-CN", 9)]
    [InlineData("/sources/city", "zh-CN", 3)]
    [InlineData("/sources/demo", "en", 3)]
    [InlineData("/articles/1", "zh-CN", 3)]
    [InlineData("/articles/2", "en", 3)]
    [InlineData("/listen", "zh-CN", 3)]
    [InlineData("/listen", "en", 3)]
    public async Task Get_PageHasLangOneH1SkipLinkLandmarksAndFeedDiscovery(string path, string lang, int alternates)
    {
        await using var host = A11yFeedApplication.StartWithSamples();
        await host.SeedGoldenArticlesAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Accept-Language", lang);

        using var response = await host.Client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        // The class carries the reader's text size and colours.
        Assert.StartsWith($"<!DOCTYPE html>\n<html lang=\"{lang}\" class=\"size-2 theme-default\">", html, StringComparison.Ordinal);
        Assert.Contains("<meta charset=\"utf-8\">", html, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"viewport\"", html, StringComparison.Ordinal);
        Assert.Single(H1().Matches(html));
        Assert.Matches("<a class=\"skip\" href=\"#main\">", html);
        Assert.Contains("<main id=\"main\"", html, StringComparison.Ordinal);
        Assert.Contains("<header>", html, StringComparison.Ordinal);
        Assert.Equal(alternates, Alternate().Count(html));
        // The encoder writes '+' as a character reference everywhere, attribute values included.
        Assert.Contains("type=\"application/rss+xml\"", html, StringComparison.Ordinal);
        Assert.Contains("type=\"application/atom+xml\"", html, StringComparison.Ordinal);
        Assert.Contains("type=\"application/feed+json\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Home_ListsSourcesWithCountsAndAShortStatus()
    {
        await using var host = A11yFeedApplication.StartWithSamples();
        await host.SeedGoldenArticlesAsync();
        var lastUpdated = new DateTimeOffset(2026, 11, 27, 9, 30, 0, TimeSpan.Zero);
        // Every source has its state row from the start; the failure is written onto it.
        await host.ChangeAsync(db =>
        {
            var demo = db.Sources.Single(s => s.Id == "demo");
            demo.LastSucceededAt = lastUpdated;
            demo.LastError = "HTTP 503 from http://10.1.2.3:8080/internal/list at /srv/a11yfeed/feeds/demo.json: bad \u0001 byte";
            demo.ConsecutiveFailures = 2;
        });

        var html = await host.GetStringAsync("/");

        Assert.Contains("<h1>A11yFeed</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<p lang=\"zh-CN\">市政府每日新闻，朗读版。</p>", html, StringComparison.Ordinal);
        Assert.Contains("2 articles", html, StringComparison.Ordinal);
        Assert.Contains("1 articles", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"error\">Temporarily unavailable. Last updated: 27 November 2026, 09:30</p>", html, StringComparison.Ordinal);
        // The public page printed the raw error: internal addresses, server paths and a parser's control characters.
        Assert.DoesNotContain("10.1.2.3", html, StringComparison.Ordinal);
        Assert.DoesNotContain("/srv/", html, StringComparison.Ordinal);
        Assert.DoesNotContain("503", html, StringComparison.Ordinal);
        Assert.DoesNotContain("\u0001", html, StringComparison.Ordinal);
        Assert.Contains("Not updated yet", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/feeds/city.rss\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/sources/demo\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Source_ListsArticlesNewestFirstWithLazyPlayers()
    {
        await using var host = A11yFeedApplication.StartWithSamples();
        var day = new DateTimeOffset(2026, 11, 1, 8, 0, 0, TimeSpan.FromHours(8));
        await host.AddArticlesAsync(
            SampleArticles.Ready("city", "older", "较早的文章", day, day),
            SampleArticles.Ready("city", "newer", "较新的文章", day.AddDays(1), day));

        var html = await ChineseReaderAsync(host, "/sources/city");

        Assert.True(html.IndexOf("较新的文章", StringComparison.Ordinal) < html.IndexOf("较早的文章", StringComparison.Ordinal));
        Assert.Equal(2, Regex.Count(html, "<audio controls preload=\"none\" src=\"/media/audio/city/"));
        Assert.Contains("<time datetime=\"2026-11-02T00:00:00Z\">2026年11月2日 08:00</time>", html, StringComparison.Ordinal);
        Assert.Contains("时长 0分5秒", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Article_ShowsTextCaptionsPlayerAndOriginalOnlyWhenHttp()
    {
        await using var host = A11yFeedApplication.StartWithSamples();
        await host.SeedGoldenArticlesAsync();

        var chinese = await ChineseReaderAsync(host, "/articles/1");
        var english = await host.GetStringAsync("/articles/2");

        Assert.Contains("<h1 id=\"title\">市政府召开老年人服务工作会议</h1>", chinese, StringComparison.Ordinal);
        Assert.Contains("<p class=\"meta\">推进社区助餐和上门服务</p>", chinese, StringComparison.Ordinal);
        Assert.Contains("<p>来源：市民政局</p>", chinese, StringComparison.Ordinal);
        Assert.Contains("<p>作者：李明</p>", chinese, StringComparison.Ordinal);
        Assert.Contains("<audio controls preload=\"metadata\" src=\"/media/audio/city/1-aa11bb22.mp3\"", chinese, StringComparison.Ordinal);
        Assert.Contains("<p>会议要求各街道在12月底前完成社区食堂“适老化”改造，并公布服务电话。</p>", chinese, StringComparison.Ordinal);
        Assert.Contains("<li>会议现场</li>", chinese, StringComparison.Ordinal);
        Assert.Contains("href=\"https://www.example.gov.cn/news/2026/1120-elderly.html\"", chinese, StringComparison.Ordinal);
        Assert.Contains("download", chinese, StringComparison.Ordinal);
        Assert.DoesNotContain("file:", english, StringComparison.Ordinal);
        Assert.Contains("large-print books &amp; audio guides", english, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/sources/nosuch")]
    [InlineData("/articles/999")]
    [InlineData("/articles/3")]
    [InlineData("/articles/abc")]
    public async Task Get_MissingOrUnreadyArticleOrSource_Returns404(string path)
    {
        await using var host = A11yFeedApplication.StartWithSamples();
        await host.SeedGoldenArticlesAsync();
        await host.ChangeAsync(db => db.Articles.Single(a => a.Id == 3).Status = ArticleStatus.Failed);

        using var response = await host.Client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Styles_AreLargeAndServedAsCss()
    {
        await using var host = A11yFeedApplication.StartWithSamples();

        using var response = await host.Client.GetAsync(new Uri("/site.css", UriKind.Relative));
        var css = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/css; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Contains("html { font-size: 125%; }", css, StringComparison.Ordinal);
        Assert.DoesNotMatch("#[0-9a-f]{3}\\b(?<!#000|#fff|#ff0|#9cf)|grey|gray", css);
    }

    /// <summary>GET as a browser set to Chinese: the page's own words are Chinese too.</summary>
    private static async Task<string> ChineseReaderAsync(A11yFeedApplication host, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8");
        using var response = await host.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    [GeneratedRegex("<h1[ >]")]
    private static partial Regex H1();

    [GeneratedRegex("<link rel=\"alternate\"")]
    private static partial Regex Alternate();
}
