using A11yFeed.Extraction;

namespace A11yFeed.Tests.Extraction;

public class PageJumpJoinerTests
{
    [Fact]
    public void Join_MergesHalvesAroundDownJumpMark()
    {
        var joined = PageJumpJoiner.Join(["第一段前半。 (下转2版)", "第一段后半。", "第二段。"]);

        Assert.Equal(["第一段前半。第一段后半。", "第二段。"], joined);
    }

    [Fact]
    public void Join_MergesContinuationMarkedOnlyAtItsStart()
    {
        var joined = PageJumpJoiner.Join(["前半，", "（上接1版）后半。"]);

        Assert.Equal(["前半，后半。"], joined);
    }

    [Fact]
    public void Join_BothMarksGiveOneParagraph()
    {
        var joined = PageJumpJoiner.Join(["前半。（下转第3版）", "（上接第1版）后半。"]);

        Assert.Equal(["前半。后半。"], joined);
    }

    [Fact]
    public void Join_LatinHalvesKeepAWordSpace()
    {
        var joined = PageJumpJoiner.Join(["The story starts here (下转2版)", "and ends here."]);

        Assert.Equal(["The story starts here and ends here."], joined);
    }

    [Fact]
    public void Join_LeavesUnmarkedParagraphsAlone() =>
        Assert.Equal(["一。", "二。"], PageJumpJoiner.Join(["一。", "二。"]));
}
