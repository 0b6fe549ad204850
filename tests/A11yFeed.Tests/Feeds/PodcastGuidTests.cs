using A11yFeed.Feeds;

namespace A11yFeed.Tests.Feeds;

public sealed class PodcastGuidTests
{
    [Theory]
    // The example in the Podcasting 2.0 namespace specification.
    [InlineData("https://mp3s.nashownotes.com/pc20rss.xml", "917393e3-1b1e-5cef-ace4-edaa54e1f810")]
    [InlineData("http://mp3s.nashownotes.com/pc20rss.xml", "917393e3-1b1e-5cef-ace4-edaa54e1f810")]
    [InlineData("https://feeds.example.org/a11y/feeds/all.rss", "7b6f83e5-5b6d-5eba-961a-8cf4a3eff707")]
    public void For_IsUuid5OfTheUrlWithoutScheme(string url, string expected)
    {
        Assert.Equal(Guid.Parse(expected), PodcastGuid.For(new Uri(url)));
    }

    [Fact]
    public void For_IgnoresTrailingSlash()
    {
        Assert.Equal(PodcastGuid.For(new Uri("https://example.org/podcast")), PodcastGuid.For(new Uri("https://example.org/podcast/")));
    }
}
