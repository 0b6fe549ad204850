using A11yFeed.Extraction;

namespace A11yFeed.Tests.Extraction;

public class BylineNameReaderTests
{
    private const string Prose = "近年来，青柳县的社区食堂越开越多，老人们在家门口就能吃上热饭，子女们也放心了许多。";

    [Theory]
    [InlineData("林小禾", "林小禾")]
    [InlineData("林小禾、周海", "林小禾、周海")]
    [InlineData("[ 周海 ]", "周海")]
    public void TryRead_NameLineAboveProseIsTheByline(string line, string expected) =>
        Assert.Equal(expected, BylineNameReader.TryRead(["社区食堂调查", line, Prose], "社区食堂调查"));

    [Fact]
    public void TryRead_NameLineBeforeASubtitleIsTheByline() =>
        Assert.Equal("周海", BylineNameReader.TryRead(["周海", "——关于社区食堂的调查", Prose], "社区食堂调查"));

    [Theory]
    [InlineData("控制面板", "日历")]
    [InlineData("打印", Prose)]
    [InlineData("周海", "下一篇")]
    public void TryRead_MenuWordsAndLinesNotFollowedByProseAreNotBylines(string line, string next) =>
        Assert.Null(BylineNameReader.TryRead([line, next], "社区食堂调查"));
}
