using A11yFeed.Extraction;

namespace A11yFeed.Tests.Extraction;

public class ReporterCreditReaderTests
{
    [Theory]
    [InlineData("市领导秦光龙陪同调研。(记者 吴禹涵)", "吴禹涵")]
    [InlineData("年内实现全镇覆盖。（本报记者 张三 李四）", "张三 李四")]
    [InlineData("新站下月启用。（林小禾 周海）", "林小禾 周海")]
    [InlineData("新站下月启用。（总台记者 周海）", "周海")]
    [InlineData("新站下月启用。（周海 青柳报道）", "周海")]
    [InlineData("□ 本报记者 林小禾", "林小禾")]
    public void TryReadAuthor_ReadsClosingCredit(string last, string author) =>
        Assert.Equal(author, ReporterCreditReader.TryReadAuthor(["正文。", last]));

    [Theory]
    [InlineData("老人们在食堂吃午饭。（通讯员 林小禾 摄）")]
    [InlineData("这是一段没有署名的结尾。")]
    [InlineData("故事讲到这里。（未完待续）")]
    public void TryReadAuthor_IgnoresPhotoCreditsAndUnsignedEndings(string last) =>
        Assert.Null(ReporterCreditReader.TryReadAuthor(["正文。", last]));

    [Fact]
    public void TakeOpeningCredits_TakesReporterLinesUnderTheHeadlineOutOfTheStory()
    {
        List<string> paragraphs = ["社区食堂开到家门口", "本报实习生 周海", "本报记者 林小禾 王青", "青柳县的老人们在家门口就能吃上热饭了。", "记者 王青 是第一个来吃饭的人吗？不是。"];

        var names = ReporterCreditReader.TakeOpeningCredits(paragraphs);

        Assert.Equal("周海 林小禾 王青", names);
        Assert.Equal(["社区食堂开到家门口", "青柳县的老人们在家门口就能吃上热饭了。", "记者 王青 是第一个来吃饭的人吗？不是。"], paragraphs);
    }

    [Fact]
    public void TakeOpeningCredits_LeavesStoryWithoutCredits()
    {
        List<string> paragraphs = ["记者节快到了", "青柳县的记者们在准备一场展览。"];

        Assert.Null(ReporterCreditReader.TakeOpeningCredits(paragraphs));
        Assert.Equal(2, paragraphs.Count);
    }
}
