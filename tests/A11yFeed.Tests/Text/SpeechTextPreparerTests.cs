using A11yFeed.Text;

namespace A11yFeed.Tests.Text;

public class SpeechTextPreparerTests
{
    private static readonly SpeechTextPreparer Preparer = new();

    [Fact]
    public void Prepare_Pinyin_GivesOnlyNumberedSyllablesSeparatedBySingleSpaces()
    {
        var pinyin = Preparer.Prepare("“十三五”期间，银行行长（左）在2020年说：快乐！", "zh-CN", SpokenForm.Pinyin, PronunciationLexicon.Empty);

        Assert.Equal("shi2 san1 wu3 qi1 jian1 yin2 hang2 hang2 zhang3 zuo3 zai4 er4 ling2 er4 ling2 nian2 shuo1 kuai4 le4", pinyin);
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("zh-CN")]
    [InlineData("zh-Hans")]
    [InlineData("cmn")]
    [InlineData("ZH-cn")]
    public void Prepare_TreatsEveryMandarinTagAsMandarin(string language) =>
        Assert.Equal("yin2 hang2", Preparer.Prepare("银行", language, SpokenForm.Pinyin, PronunciationLexicon.Empty));

    // A year ending in 1 was read with the word 一年 "one year" (yi4 nian2) instead of its digit.
    [Theory]
    [InlineData("2021年", "er4 ling2 er4 yi1 nian2")]
    [InlineData("十一月一日", "shi2 yi1 yue4 yi1 ri4")]
    public void Prepare_DigitOneBeforeAUnitOfTimeIsYi1(string text, string expected) =>
        Assert.Equal(expected, Preparer.Prepare(text, "zh-CN", SpokenForm.Pinyin, PronunciationLexicon.Empty));

    [Fact]
    public void Prepare_NeutralToneIsFive() =>
        Assert.Equal("wo3 men5 de5", Preparer.Prepare("我们的", "zh-CN", SpokenForm.Pinyin, PronunciationLexicon.Empty));

    [Fact]
    public void Prepare_Text_ReadsChineseNumbersOutForNeuralVoices() =>
        Assert.Equal("二零二零年二月全市增长百分之三点五。", Preparer.Prepare("2020年2月全市增长3.5%。", "zh-CN", SpokenForm.Text, PronunciationLexicon.Empty));

    [Fact]
    public void Prepare_OtherLanguages_GetNormalisedTextInEitherForm()
    {
        Assert.Equal("Prices rose 3.5 percent in May.", Preparer.Prepare("Prices  rose 3.5% in May .", "en", SpokenForm.Text, PronunciationLexicon.Empty));
        Assert.Equal("Rain and wind at 5 degrees Celsius", Preparer.Prepare("Rain & wind at 5℃", "en-GB", SpokenForm.Text, PronunciationLexicon.Empty));
        Assert.Equal("银行 is a bank", Preparer.Prepare("银行 is a bank", "en", SpokenForm.Pinyin, PronunciationLexicon.Empty));
    }

    [Fact]
    public void Prepare_NothingSpeakable_IsEmpty()
    {
        Assert.Equal("", Preparer.Prepare("“”。……", "zh-CN", SpokenForm.Pinyin, PronunciationLexicon.Empty));
        Assert.Equal("", Preparer.Prepare("（）——", "zh-CN", SpokenForm.Text, PronunciationLexicon.Empty));
        Assert.Equal("", Preparer.Prepare(" - ", "en", SpokenForm.Text, PronunciationLexicon.Empty));
    }

    [Fact]
    public void Prepare_LexiconPinyinOverridesTheDictionary()
    {
        var lexicon = new PronunciationLexicon(new Dictionary<string, string> { ["重庆"] = "zhong4 qing4", ["绿道"] = "Lü4 dao4" });

        Assert.Equal("zhong4 qing4 shi4 de5 lv4 dao4", Preparer.Prepare("重庆市的绿道", "zh-CN", SpokenForm.Pinyin, lexicon));
        Assert.Equal("重庆市的绿道", Preparer.Prepare("重庆市的绿道", "zh-CN", SpokenForm.Text, lexicon));
    }

    [Fact]
    public void Prepare_LexiconTextIsReadInstead()
    {
        var lexicon = new PronunciationLexicon(new Dictionary<string, string> { ["WHO"] = "世界卫生组织", ["NYC"] = "New York City" });

        Assert.Equal("shi4 jie4 wei4 sheng1 zu3 zhi1 fa1 bu4", Preparer.Prepare("WHO发布", "zh-CN", SpokenForm.Pinyin, lexicon));
        Assert.Equal("世界卫生组织发布", Preparer.Prepare("WHO发布", "zh-CN", SpokenForm.Text, lexicon));
        Assert.Equal("New York City rents", Preparer.Prepare("NYC rents", "en", SpokenForm.Text, lexicon));
    }

    [Fact]
    public void Prepare_BrokenOrOddCharacters_AreDroppedNotThrown()
    {
        var lexicon = new PronunciationLexicon(new Dictionary<string, string> { ["重庆"] = "zhong4 qing4" });

        Assert.Equal("yin2 hang2 chong2 qing4", Preparer.Prepare("银行\uD800😀\uE000重庆", "zh-CN", SpokenForm.Pinyin, PronunciationLexicon.Empty));
        Assert.Equal("yin2 hang2 zhong4 qing4", Preparer.Prepare("银行\uE000重庆", "zh-CN", SpokenForm.Pinyin, lexicon));
    }

    [Fact]
    public void Prepare_SpellsLatinLettersWithPinyinLetterNames() =>
        Assert.Equal("ji4 di4 pi4 zeng1 zhang3", Preparer.Prepare("GDP增长", "zh-CN", SpokenForm.Pinyin, PronunciationLexicon.Empty));

    [Fact]
    public void Prepare_IsSafeFromManyThreadsAtOnce()
    {
        var results = new string[64];
        Parallel.For(0, results.Length, i => results[i] = new SpeechTextPreparer().Prepare("银行行长", "zh", SpokenForm.Pinyin, PronunciationLexicon.Empty));

        Assert.All(results, r => Assert.Equal("yin2 hang2 hang2 zhang3", r));
    }
}
