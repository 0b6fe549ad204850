using A11yFeed.Text;

namespace A11yFeed.Tests.Text;

public class SentenceSplitterTests
{
    [Fact]
    public void Split_CutsAtChinesePunctuationAndKeepsClosingQuotes()
    {
        var sentences = SentenceSplitter.Split("他说：“今年要完成改造任务。”会议随后结束！大家还有问题吗？");

        Assert.Equal(["他说：“今年要完成改造任务。”", "会议随后结束！", "大家还有问题吗？"], sentences);
    }

    [Fact]
    public void Split_KeepsRunsOfEndPunctuationTogether()
    {
        Assert.Equal(["真的吗？！", "是的……", "好。"], SentenceSplitter.Split("真的吗？！是的……好。"));
    }

    [Fact]
    public void Split_DoesNotCutDecimalsOrAbbreviations()
    {
        var sentences = SentenceSplitter.Split("Growth was 3.5 percent in the U.S. economy last year. Dr. Li agreed. J. Smith did not.");

        Assert.Equal(["Growth was 3.5 percent in the U.S. economy last year.", "Dr. Li agreed.", "J. Smith did not."], sentences);
    }

    [Fact]
    public void Split_CutsLongSentencesAtCommas()
    {
        var clause = "全市各级各部门要认真贯彻落实会议精神";
        var paragraph = string.Join("，", Enumerable.Repeat(clause, 6)) + "。";

        var sentences = SentenceSplitter.Split(paragraph, maxChars: 60);

        Assert.All(sentences, s => Assert.True(s.Length <= 60));
        Assert.Equal(paragraph, string.Concat(sentences));
    }
}
