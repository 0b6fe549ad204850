using A11yFeed.Fetching;

namespace A11yFeed.Tests.Fetching;

public sealed class UrlCanonicaliserTests
{
    [Theory]
    [InlineData("HTTP://News.Example.ORG:80/a/B.html#top", "http://news.example.org/a/B.html")]
    [InlineData("https://example.org:443/x?utm_source=rss&id=5&UTM_medium=feed", "https://example.org/x?id=5")]
    [InlineData("https://example.org/x?utm_source=rss", "https://example.org/x")]
    [InlineData("http://example.org:8080/x?b=2&a=1", "http://example.org:8080/x?b=2&a=1")]
    [InlineData("file:///tmp/news/a.html#p2", "file:///tmp/news/a.html")]
    public void Canonicalise_GivesOneSpellingPerArticle(string input, string expected) =>
        Assert.Equal(expected, UrlCanonicaliser.Canonicalise(new Uri(input)).AbsoluteUri);

    [Fact]
    public void Canonicalise_String_LeavesNonUrlsAlone() =>
        Assert.Equal("not a url", UrlCanonicaliser.Canonicalise("not a url"));
}
