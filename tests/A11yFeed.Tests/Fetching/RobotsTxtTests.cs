using A11yFeed.Fetching;

namespace A11yFeed.Tests.Fetching;

public sealed class RobotsTxtTests
{
    private const string Rules = """
        # invented rules
        User-agent: SomeOtherBot
        Disallow: /

        User-agent: *
        Disallow: /private/
        Allow: /private/open/
        Disallow: /*.pdf$
        Disallow: /search?

        User-agent: A11yFeed
        User-agent: Helper
        Disallow: /slow/
        Allow: /slow/today.html
        """;

    [Theory]
    [InlineData("/private/a.html", false)]
    [InlineData("/private/open/a.html", true)]
    [InlineData("/docs/report.pdf", false)]
    [InlineData("/docs/report.pdf?x=1", true)]
    [InlineData("/search?q=news", false)]
    [InlineData("/news/1.html", true)]
    public void IsAllowed_StarGroup_LongestMatchWins(string path, bool allowed) =>
        Assert.Equal(allowed, RobotsTxt.Parse(Rules, "OtherCrawler").IsAllowed(new Uri("http://site.example" + path)));

    [Theory]
    [InlineData("/slow/page.html", false)]
    [InlineData("/slow/today.html", true)]
    [InlineData("/private/a.html", true)]
    public void IsAllowed_OwnGroupReplacesTheStarGroup(string path, bool allowed) =>
        Assert.Equal(allowed, RobotsTxt.Parse(Rules, "a11yfeed").IsAllowed(new Uri("http://site.example" + path)));

    [Fact]
    public void IsAllowed_EqualLengthTie_GoesToAllow()
    {
        var robots = RobotsTxt.Parse("User-agent: *\nDisallow: /page\nAllow: /page\n", "A11yFeed");

        Assert.True(robots.IsAllowed(new Uri("http://site.example/page")));
    }

    [Fact]
    public void IsAllowed_EmptyDisallow_AllowsAll()
    {
        var robots = RobotsTxt.Parse("User-agent: *\nDisallow:\n", "A11yFeed");

        Assert.True(robots.IsAllowed(new Uri("http://site.example/anything")));
    }

    [Fact]
    public void IsAllowed_MatchesUnescapedChinesePaths()
    {
        var robots = RobotsTxt.Parse("User-agent: *\nDisallow: /内部/\n", "A11yFeed");

        Assert.False(robots.IsAllowed(new Uri("http://site.example/内部/1.html")));
    }
}
