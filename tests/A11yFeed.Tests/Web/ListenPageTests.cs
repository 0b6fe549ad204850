using System.Net;
using System.Text.RegularExpressions;
using A11yFeed.Feeds;
using A11yFeed.Tests.Hosting;
using A11yFeed.Tests.Publishing;

namespace A11yFeed.Tests.Web;

/// <summary>/listen without a browser: what a reader without JavaScript gets, and where the page is linked from.</summary>
public sealed partial class ListenPageTests
{
    [Theory]
    [InlineData("/listen")]
    [InlineData("/large-print/listen")]
    public async Task Get_ListsEveryEpisodeWithAPlayerAndThePlaylist(string path)
    {
        await using var host = A11yFeedApplication.StartWithSamples();
        await host.SeedGoldenArticlesAsync();
        var day = new DateTimeOffset(2026, 11, 27, 8, 0, 0, TimeSpan.FromHours(8));
        await host.AddArticlesAsync(SampleArticles.Ready("city", "morning", "早间新闻", day, day), SampleArticles.Ready("demo", "evening", "Evening news", day.AddHours(10), day));

        var html = await host.GetStringAsync(path);

        // Newest day first, and that day's earlier item before its later one; the article without audio is left out.
        var titles = EpisodeTitle().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["早间新闻", "Evening news", "Library opens a large-print reading room", "市政府召开老年人服务工作会议"], titles);
        Assert.Equal(4, Regex.Count(html, "<audio controls preload=\"none\" src=\"/media/audio/"));
        Assert.Contains("<a href=\"/listen.m3u\" type=\"audio/x-mpegurl\">", html, StringComparison.Ordinal);
        Assert.Contains("<script src=\"/listen.js\" defer></script>", html, StringComparison.Ordinal);
        // The one-button player needs the script, so it is hidden until the script shows it; its announcements are polite.
        Assert.Contains("<div class=\"listen\" role=\"group\" aria-label=\"Player\" hidden", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"now\" aria-live=\"polite\">", html, StringComparison.Ordinal);
        Assert.Contains("<article aria-labelledby=\"episode-1\" lang=\"zh-CN\">", html, StringComparison.Ordinal);
        Assert.Contains("data-src=\"/media/audio/city/morning.mp3\" data-title=\"早间新闻\" data-source=\"市政新闻\" data-artwork=\"/artwork/city.png\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_WithNothingToHear_SaysSo()
    {
        await using var host = A11yFeedApplication.StartWithSamples();

        var html = await host.GetStringAsync("/listen");

        Assert.Contains("No articles to listen to yet.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"listen\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/", "/listen")]
    [InlineData("/large-print/", "/large-print/listen")]
    public async Task Home_StartsWithThePlayerAndTheEpisodesTitles(string home, string listen)
    {
        await using var host = A11yFeedApplication.StartWithSamples();
        await host.SeedGoldenArticlesAsync();

        var html = await host.GetStringAsync(home);
        var main = html[html.IndexOf("<main", StringComparison.Ordinal)..];

        Assert.Matches(
            "^<main[^>]*>\\n<h1>A11yFeed</h1>\\n<p>[^<]*</p>\\n<section aria-labelledby=\"listen\" class=\"listening\">\\n<h2 id=\"listen\">Listen to all the news</h2>\\n<div class=\"listen\"",
            main);
        Assert.Contains("<script src=\"/listen.js\" defer></script>", html, StringComparison.Ordinal);
        Assert.Contains("<h3 id=\"episode-2\"><a href=\"" + home.TrimEnd('/') + "/articles/2\">Library opens a large-print reading room</a>", html, StringComparison.Ordinal);
        // The home page leaves the players to /listen, which it links to, and to the playlist.
        Assert.DoesNotContain("<audio controls", html, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"{listen}\">Listen to each article on its own</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/listen.m3u\" type=\"audio/x-mpegurl\">", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/listen", "all")]
    [InlineData("/", "all")]
    [InlineData("/sources/demo", "demo")]
    public async Task Page_LinksItsDailyFeedInEveryFormat_AndEachLinkServesIt(string path, string id)
    {
        await using var host = A11yFeedApplication.StartWithSamples();

        var html = await host.GetStringAsync(path);

        // The daily feed (one episode a day) was reachable only by knowing its address.
        Assert.Contains("<p class=\"feeds\">Daily bulletin (one episode a day): ", html, StringComparison.Ordinal);
        foreach (var (extension, type) in new[]
        {
            (RssFeedWriter.Extension, RssFeedWriter.MediaType), (AtomFeedWriter.Extension, AtomFeedWriter.MediaType),
            (JsonFeedWriter.Extension, JsonFeedWriter.MediaType),
        })
        {
            var href = $"/feeds/{id}/daily.{extension}";
            Assert.Contains($"<a href=\"{href}\" type=\"{type}\">", html, StringComparison.Ordinal);
            using var response = await host.Client.GetAsync(new Uri(href, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task Script_IsServedAsJavaScript()
    {
        await using var host = A11yFeedApplication.StartWithSamples();

        using var response = await host.Client.GetAsync(new Uri("/listen.js", UriKind.Relative));
        var js = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/javascript; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Contains("localStorage.setItem", js, StringComparison.Ordinal);
        Assert.Contains("'a11yfeed-heard'", js, StringComparison.Ordinal);
        Assert.DoesNotContain("__KEY__", js, StringComparison.Ordinal);
    }

    [GeneratedRegex("<h2 id=\"episode-\\d+\"><a href=\"[^\"]+\">([^<]+)</a>")]
    private static partial Regex EpisodeTitle();
}
