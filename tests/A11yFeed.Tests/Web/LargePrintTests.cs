using System.Text.RegularExpressions;
using A11yFeed.Tests.Hosting;

namespace A11yFeed.Tests.Web;

/// <summary>Every page has a large-print twin at its own URL, one obvious link away, showing only the reading.</summary>
public sealed partial class LargePrintTests
{
    [Theory]
    [InlineData("/", "/large-print/")]
    [InlineData("/sources/city", "/large-print/sources/city")]
    [InlineData("/articles/2", "/large-print/articles/2")]
    public async Task Page_LinksToItsLargePrintTwinAndBack(string path, string large)
    {
        await using var host = A11yFeedApplication.StartWithSamples();
        await host.SeedGoldenArticlesAsync();

        var standard = await host.GetStringAsync(path);
        var twin = await host.GetStringAsync(large);

        Assert.Contains($"<p class=\"print\"><a class=\"button\" href=\"{large}\">", standard, StringComparison.Ordinal);
        Assert.Contains($"<p class=\"print\"><a class=\"button\" href=\"{path}\">", twin, StringComparison.Ordinal);
        Assert.Contains(" large\">", twin, StringComparison.Ordinal);
        Assert.DoesNotContain(" large\">", standard, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"feeds\"", twin, StringComparison.Ordinal);
        Assert.DoesNotContain("<footer>", twin, StringComparison.Ordinal);
        // Links between pages stay in large print; audio and styles do not move.
        var links = PageLinks().Matches(twin);
        Assert.NotEmpty(links);
        Assert.All(links, m => Assert.StartsWith("/large-print/", m.Groups[1].Value, StringComparison.Ordinal));
        Assert.Contains("href=\"/site.css\"", twin, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Article_InLargePrint_KeepsTheArticleAndItsPlayer()
    {
        await using var host = A11yFeedApplication.StartWithSamples();
        await host.SeedGoldenArticlesAsync();

        var html = await host.GetStringAsync("/large-print/articles/1");

        Assert.Contains("<h1 id=\"title\">市政府召开老年人服务工作会议</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<audio controls preload=\"metadata\" src=\"/media/audio/city/1-aa11bb22.mp3\"", html, StringComparison.Ordinal);
        Assert.Contains("<p>会议要求各街道在12月底前完成社区食堂“适老化”改造，并公布服务电话。</p>", html, StringComparison.Ordinal);
        // The article is Chinese; the page's own words follow the reader, who asked for no language here.
        Assert.Contains("<title>市政府召开老年人服务工作会议 - A11yFeed (Large print)</title>", html, StringComparison.Ordinal);
        Assert.Contains("<article aria-labelledby=\"title\" lang=\"zh-CN\">", html, StringComparison.Ordinal);
    }

    /// <summary>Links to pages (the print toggle, which has a class, aside).</summary>
    [GeneratedRegex("<a href=\"(/(?:large-print/)?(?:sources/|articles/)[^\"]*|/(?:large-print/)?)\"")]
    private static partial Regex PageLinks();
}
