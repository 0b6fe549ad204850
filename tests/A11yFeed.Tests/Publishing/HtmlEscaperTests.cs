using A11yFeed.Publishing;

namespace A11yFeed.Tests.Publishing;

public class HtmlEscaperTests
{
    [Theory]
    [InlineData("<script>alert('x')</script>", "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")]
    [InlineData("\" onerror=\"alert(1)", "&quot; onerror=&quot;alert(1)")]
    [InlineData("Fish & chips", "Fish &amp; chips")]
    public void Encode_EscapesMarkup(string text, string expected) => Assert.Equal(expected, HtmlEscaper.Encode(text));

    // Feed autodiscovery tools read link types as text: "application/rss&#x2B;xml" was valid HTML but not found.
    [Theory]
    [InlineData("application/rss+xml")]
    [InlineData("补短板堵漏洞强弱项 “十三五”")]
    [InlineData("https://example.org/a?b=1;c=2")]
    public void Encode_LeavesEverythingElseAsItIs(string text) => Assert.Same(text, HtmlEscaper.Encode(text));
}
