using A11yFeed.Extraction;

namespace A11yFeed.Tests.Extraction;

public class CaptionDetectorTests
{
    [Theory]
    [InlineData("2月25日，调研复工复产工作。 (特约摄影师 王东 摄)")]
    [InlineData("老人们在食堂吃午饭。（通讯员 林小禾 摄）")]
    [InlineData("新华社记者 李四 摄")]
    [InlineData("Photo: Tom Ashby")]
    [InlineData("The new ramp at the north pier. (Photo: Tom Ashby)")]
    public void IsCredited_RecognisesPhotoCredits(string paragraph) => Assert.True(CaptionDetector.IsCredited(paragraph));

    [Theory]
    [InlineData("市领导秦光龙陪同调研。(记者 吴禹涵)")]
    [InlineData("他拿起相机开始拍摄")]
    [InlineData("The council paid for the ramps from its accessibility fund.")]
    public void IsCredited_LeavesOrdinaryParagraphs(string paragraph) => Assert.False(CaptionDetector.IsCredited(paragraph));

    [Theory]
    [InlineData("老人们在新开的老年食堂用餐", true)]
    [InlineData("3月11日中午，青柳镇中心村的老年食堂正式开张，一百多位老人吃上了热乎饭。", false)]
    public void IsUnderImageCaption_TakesShortTitleLikeText(string paragraph, bool expected) =>
        Assert.Equal(expected, CaptionDetector.IsUnderImageCaption(paragraph));

    // A reporter credit after an inline image was once taken for the image's caption and lost from the body.
    [Theory]
    [InlineData("（记者 王芳）")]
    [InlineData("(本报记者 李明 通讯员 张华)")]
    public void IsUnderImageCaption_LeavesReporterCredits(string paragraph) =>
        Assert.False(CaptionDetector.IsUnderImageCaption(paragraph));
}
