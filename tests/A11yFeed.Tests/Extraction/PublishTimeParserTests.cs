using A11yFeed.Extraction;

namespace A11yFeed.Tests.Extraction;

public class PublishTimeParserTests
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    [Theory]
    [InlineData("2020-02-27", 2020, 2, 27, 0, 0)]
    [InlineData("发布时间：2024年3月12日 09:30", 2024, 3, 12, 9, 30)]
    [InlineData("2024/03/12 21:05:09", 2024, 3, 12, 21, 5)]
    [InlineData("2024.3.2", 2024, 3, 2, 0, 0)]
    [InlineData("发布日期： 9/17/2024 5:54:13 PM", 2024, 9, 17, 17, 54)]
    [InlineData("9/17/2024 12:10:00 AM", 2024, 9, 17, 0, 10)]
    public void TryFind_ChineseTimesWithoutOffsetAreBeijingTime(string text, int y, int mo, int d, int h, int mi)
    {
        Assert.True(PublishTimeParser.TryFind(text, chinese: true, out var published));
        Assert.Equal(new DateTimeOffset(y, mo, d, h, mi, 0, Beijing), new DateTimeOffset(published.DateTime.AddSeconds(-published.Second), published.Offset));
        Assert.Equal(Beijing, published.Offset);
    }

    [Fact]
    public void TryFind_KeepsAnExplicitOffset()
    {
        Assert.True(PublishTimeParser.TryFind("2024-05-14T08:15:00+01:00", chinese: true, out var published));
        Assert.Equal(new DateTimeOffset(2024, 5, 14, 8, 15, 0, TimeSpan.FromHours(1)), published);
    }

    [Theory]
    [InlineData("Published: 3 June 2024")]
    [InlineData("June 3, 2024")]
    public void TryFind_ReadsEnglishDatesAsUtc(string text)
    {
        Assert.True(PublishTimeParser.TryFind(text, chinese: false, out var published));
        Assert.Equal(new DateTimeOffset(2024, 6, 3, 0, 0, 0, TimeSpan.Zero), published);
    }

    [Theory]
    [InlineData("2024-13-40")]
    [InlineData("阅读次数: 0")]
    [InlineData("")]
    public void TryFind_RejectsNonDates(string text) => Assert.False(PublishTimeParser.TryFind(text, chinese: true, out _));

    [Fact]
    public void TryFindMonth_ReadsAMonthOnALineOfItsOwnOnly()
    {
        Assert.True(PublishTimeParser.TryFindMonth("2003年5月", chinese: true, out var published));
        Assert.Equal(new DateTimeOffset(2003, 5, 1, 0, 0, 0, Beijing), published);
        Assert.False(PublishTimeParser.TryFindMonth("2005年09月(17)", chinese: true, out _));
    }

    [Fact]
    public void TryFindIssueMonth_ReadsTheMagazineIssueAReprintNames()
    {
        Assert.True(PublishTimeParser.TryFindIssueMonth("——《青柳文艺》2004年6月号", chinese: true, out var published));
        Assert.Equal(new DateTimeOffset(2004, 6, 1, 0, 0, 0, Beijing), published);
        Assert.False(PublishTimeParser.TryFindIssueMonth("2004年6月号起，本刊改为双月刊。", chinese: true, out _));
    }
}
