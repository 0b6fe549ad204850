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
}
