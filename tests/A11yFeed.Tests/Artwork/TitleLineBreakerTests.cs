using A11yFeed.Artwork;

namespace A11yFeed.Tests.Artwork;

public sealed class TitleLineBreakerTests
{
    // Every character is one unit wide, so widths are character counts.
    private static float Width(string text) => text.Length;

    [Fact]
    public void Wrap_BreaksLatinTitlesBetweenWords()
    {
        Assert.Equal(["City Library", "News"], TitleLineBreaker.Wrap("City Library News", 12, Width));
    }

    [Fact]
    public void Wrap_BreaksChineseBetweenCharactersButNotBeforeClosingPunctuation()
    {
        Assert.Equal(["市政新", "闻，通知"], TitleLineBreaker.Wrap("市政新闻，通知", 4, Width));
        Assert.Equal(["市政新闻，", "通知"], TitleLineBreaker.Wrap("市政新闻，通知", 5, Width));
        Assert.Equal(["「适老化」", "改造"], TitleLineBreaker.Wrap("「适老化」改造", 5, Width));
    }

    [Fact]
    public void Wrap_AWordWiderThanTheLine_GivesNull()
    {
        Assert.Null(TitleLineBreaker.Wrap("Extraordinarily", 10, Width));
    }
}
