using A11yFeed.Extraction;

namespace A11yFeed.Tests.Extraction;

public class LanguageDetectorTests
{
    [Theory]
    [InlineData(null, null, "按照省委统一部署，对我市疫情防控工作进行调研。", "zh-CN")]
    [InlineData("auto", null, "The ferry began using fold-out ramps on Monday.", "en")]
    [InlineData(null, "en-gb", "The ferry began using ramps.", "en-GB")]
    [InlineData(null, "zh-TW", "新竹尖石鄉後山一帶層層山巒", "zh-TW")]
    [InlineData(null, "en", "按照省委统一部署，对我市疫情防控工作进行调研。", "zh-CN")]
    [InlineData("zh", null, "English text", "zh-CN")]
    [InlineData(null, null, "Город открыл новую библиотеку для жителей", "ru")]
    [InlineData(null, null, "", "en")]
    public void Detect_PrefersHintThenAgreeingDeclarationThenScript(string? hint, string? declared, string text, string expected) =>
        Assert.Equal(expected, LanguageDetector.Detect(hint, declared, text));
}
