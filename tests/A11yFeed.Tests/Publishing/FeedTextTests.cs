using A11yFeed.Publishing;

namespace A11yFeed.Tests.Publishing;

public sealed class FeedTextTests
{
    [Fact]
    public void Summary_IsTheFirstParagraph()
    {
        Assert.Equal("First one.", FeedText.Summary("First one.\n\nSecond one."));
    }

    [Fact]
    public void Summary_CutsLongEnglishAtAWordWithEllipsis()
    {
        var text = string.Join(' ', Enumerable.Repeat("readable", 60));

        var summary = FeedText.Summary(text);

        Assert.EndsWith("readable…", summary, StringComparison.Ordinal);
        Assert.InRange(summary.Length, 200, FeedText.SummaryLength + 1);
    }

    [Fact]
    public void Summary_CutsLongChineseAtTheLimit()
    {
        var summary = FeedText.Summary(new string('城', 500));

        Assert.Equal(new string('城', FeedText.SummaryLength) + "…", summary);
    }

    [Fact]
    public void HtmlParagraphs_EncodesMarkupAndKeepsChinese()
    {
        var html = FeedText.HtmlParagraphs("市政府 <b>通知</b>\r\n\r\nA & B");

        Assert.Equal("<p>市政府 &lt;b&gt;通知&lt;/b&gt;</p>\n<p>A &amp; B</p>\n", html);
    }

    [Fact]
    public void DurationSeconds_RoundsToNearestSecond()
    {
        Assert.Equal(62, FeedText.DurationSeconds(61500));
        Assert.Null(FeedText.DurationSeconds(null));
    }
}
