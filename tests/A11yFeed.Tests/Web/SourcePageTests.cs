using System.Net;
using System.Text.RegularExpressions;
using A11yFeed.Tests.Hosting;
using A11yFeed.Tests.Publishing;

namespace A11yFeed.Tests.Web;

/// <summary>A source page lists the newest articles and links to older ones, so no article becomes unreachable.</summary>
public sealed partial class SourcePageTests
{
    [Fact]
    public async Task Get_OlderArticlesLinksReachEveryArticleOnce()
    {
        await using var host = A11yFeedApplication.StartWithSamples(new Dictionary<string, string?> { ["Feeds:ItemsPerFeed"] = "2" });
        var day = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.FromHours(8));
        await host.AddArticlesAsync([.. Enumerable.Range(1, 5).Select(i => SampleArticles.Ready("city", $"item-{i}", $"Item {i}", day.AddDays(i), day))]);

        var titles = new List<string>();
        string? path = "/sources/city";
        var pages = new List<string>();
        while (path is not null && pages.Count < 10)
        {
            var html = await host.GetStringAsync(path);
            pages.Add(html);
            titles.AddRange(ArticleTitle().Matches(html).Select(m => m.Groups[1].Value));
            var older = OlderLink().Match(html);
            path = older.Success ? WebUtility.HtmlDecode(older.Groups[1].Value) : null;
        }

        Assert.Equal(["Item 5", "Item 4", "Item 3", "Item 2", "Item 1"], titles);
        Assert.Equal(3, pages.Count);
        Assert.DoesNotContain("rel=\"first\"", pages[0], StringComparison.Ordinal);
        Assert.All(pages.Skip(1), p => Assert.Contains("<a href=\"/sources/city\" rel=\"first\">", p, StringComparison.Ordinal));
        Assert.Contains("<nav aria-label=\"", pages[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_SinglePage_HasNoPageLinks()
    {
        await using var host = A11yFeedApplication.StartWithSamples();
        await host.SeedGoldenArticlesAsync();

        var html = await host.GetStringAsync("/sources/city");

        Assert.DoesNotContain("rel=\"next\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"pages\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_MangledCursor_RedirectsToTheNewestArticles()
    {
        await using var host = A11yFeedApplication.StartWithSamples();

        using var response = await host.Client.GetAsync(new Uri("/sources/city?before=nonsense", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/sources/city", response.Headers.Location!.OriginalString);
    }

    [GeneratedRegex("<h2 id=\"article-\\d+\"><a href=\"[^\"]+\">([^<]+)</a>")]
    private static partial Regex ArticleTitle();

    [GeneratedRegex("<a href=\"([^\"]+)\" rel=\"next\">")]
    private static partial Regex OlderLink();
}
