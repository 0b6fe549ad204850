using A11yFeed.Text;

namespace A11yFeed.Tests.Text;

/// <summary>
/// Surface tones written before espeak-ng, which raises a third tone before a third itself but leaves 一 and 不 as
/// written (docs/speech.md); a second tone written here is said the same by it, so nothing is applied twice.
/// </summary>
public class ToneSandhiTests
{
    private static readonly SpeechTextPreparer Preparer = new();

    [Theory]
    [InlineData("你好", "ni2 hao3")]
    [InlineData("展览馆", "zhan2 lan2 guan3")]
    [InlineData("一个人", "yi2 ge4 ren2")]
    [InlineData("一天", "yi4 tian1")]
    [InlineData("一年", "yi4 nian2")]
    [InlineData("一百", "yi4 bai3")]
    [InlineData("不是", "bu2 shi4")]
    [InlineData("不对", "bu2 dui4")]
    [InlineData("不好", "bu4 hao3")]
    [InlineData("不多", "bu4 duo1")]
    [InlineData("第一", "di4 yi1")]
    [InlineData("二零二一年", "er4 ling2 er4 yi1 nian2")]
    [InlineData("五月一日", "wu3 yue4 yi1 ri4")]
    [InlineData("一月", "yi1 yue4")]
    [InlineData("二十一个", "er4 shi2 yi1 ge4")]
    [InlineData("一是加强管理", "yi1 shi4")]
    public void Prepare_WritesSpokenTones(string sentence, string expected) =>
        Assert.Contains($" {expected} ", $" {Read(sentence)} ", StringComparison.Ordinal);

    [Fact]
    public void Prepare_LeavesThirdTonesAcrossWordsToTheEngine()
    {
        // Between words espeak-ng applies the rule itself; writing it here too would double it in a 3-3-3 chain.
        var said = Read("老鼠跑了");

        Assert.Equal("lao2 shu3 pao3 le5", said);
    }

    [Fact]
    public void Prepare_LeavesALexiconReadingAsWritten()
    {
        var lexicon = new PronunciationLexicon(new Dictionary<string, string> { ["你好"] = "ni3 hao3" });

        Assert.Equal("ni3 hao3", Preparer.Prepare("你好", "zh-CN", SpokenForm.Pinyin, lexicon));
    }

    private static string Read(string sentence) => Preparer.Prepare(sentence, "zh-CN", SpokenForm.Pinyin, PronunciationLexicon.Empty);
}
