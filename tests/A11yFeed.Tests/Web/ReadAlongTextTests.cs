using A11yFeed.Model;
using A11yFeed.Web;

namespace A11yFeed.Tests.Web;

public sealed class ReadAlongTextTests
{
    [Fact]
    public void Write_WrapsEachSentenceWithItsTimesAndKeepsTheTextsOwnSpacing()
    {
        var html = new HtmlBuilder();
        var timings = new List<SentenceTiming>
        {
            new(-1, 0, 900, "Opening."),
            new(0, 1000, 2345, "First  <b>one</b>."),
            new(0, 2500, 4000, "Second & last."),
            new(1, 4100, 5000, "第一句。"),
            new(1, 5000, 6000, "第二句。"),
        };

        var any = ReadAlongText.Write(html, ["First <b>one</b>.  Second & last.", "第一句。第二句。", "No timings here."], timings);

        Assert.True(any);
        Assert.Equal(
            "<p><span class=\"s\" data-start=\"1\" data-end=\"2.345\">First &lt;b&gt;one&lt;/b&gt;.</span>  "
            + "<span class=\"s\" data-start=\"2.5\" data-end=\"4\">Second &amp; last.</span></p>\n"
            + "<p><span class=\"s\" data-start=\"4.1\" data-end=\"5\">第一句。</span><span class=\"s\" data-start=\"5\" data-end=\"6\">第二句。</span></p>\n"
            + "<p>No timings here.</p>\n",
            html.ToString());
    }

    [Theory]
    [InlineData("One. Two. Three.")]
    [InlineData("One.")]
    [InlineData("One. Two!")]
    public void Split_TimingsThatDoNotSpellTheParagraph_GiveNothing(string paragraph)
    {
        var timings = new List<SentenceTiming> { new(0, 0, 1, "One."), new(0, 1, 2, "Two.") };

        Assert.Null(ReadAlongText.Split(paragraph, timings));
    }

    [Fact]
    public void Write_WithoutTimings_WritesPlainParagraphs()
    {
        var html = new HtmlBuilder();

        Assert.False(ReadAlongText.Write(html, ["A.", "B."], []));
        Assert.Equal("<p>A.</p>\n<p>B.</p>\n", html.ToString());
    }
}
