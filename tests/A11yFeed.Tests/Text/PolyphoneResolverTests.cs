using A11yFeed.Text;

namespace A11yFeed.Tests.Text;

/// <summary>Polyphones the word leaves open, read from their context (rules and the shipped model).</summary>
public class PolyphoneResolverTests
{
    private static readonly SpeechTextPreparer Preparer = new();

    [Theory]
    [InlineData("他被选为主席", "xuan3 wei2 zhu3 xi2")]
    [InlineData("以人民为中心", "wei2")]
    [InlineData("为了明天", "wei4 le5")]
    [InlineData("他跑得很快", "pao3 de5 hen3")]
    [InlineData("他慢慢地站起来", "man4 man4 de5")]
    [InlineData("我只有一个", "zhi2 you3")]
    [InlineData("三只小猫", "san1 zhi1")]
    [InlineData("他看着窗外", "kan4 zhe5")]
    [InlineData("政府应加强管理", "ying1 jia1")]
    [InlineData("这件事他做不了", "bu4 liao3")]
    public void Prepare_ReadsPolyphonesFromContext(string sentence, string expected) =>
        Assert.Contains($" {expected} ", $" {Preparer.Prepare(sentence, "zh-CN", SpokenForm.Pinyin, PronunciationLexicon.Empty)} ", StringComparison.Ordinal);

    [Fact]
    public void Default_LoadsTheShippedModel() =>
        Assert.True(PolyphoneResolver.Default.Model.Count > 500, $"{PolyphoneResolver.Default.Model.Count} characters in the model");
}
