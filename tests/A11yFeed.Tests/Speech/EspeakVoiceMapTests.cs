using A11yFeed.Speech;

namespace A11yFeed.Tests.Speech;

public class EspeakVoiceMapTests
{
    [Theory]
    [InlineData("en", "en-us")]
    [InlineData("en-US", "en-us")]
    [InlineData("en-GB", "en-gb")]
    [InlineData("zh", "cmn")]
    [InlineData("zh-CN", "cmn")]
    [InlineData("zh-Hans-CN", "cmn")]
    [InlineData("zh-TW", "cmn")]
    [InlineData("zh-HK", "yue")]
    [InlineData("fr", "fr-fr")]
    [InlineData("fr-CA", "fr-fr")]
    [InlineData("de-AT", "de")]
    [InlineData("es", "es")]
    [InlineData("ja-JP", "ja")]
    [InlineData("pt_BR", "pt-br")]
    public void Find_MapsLanguageTagsToVoices(string language, string voice) =>
        Assert.Equal(voice, EspeakVoiceMap.Find(language));

    [Theory]
    [InlineData("tlh")]
    [InlineData("")]
    [InlineData(null)]
    public void Find_ReturnsNullForUnknownLanguages(string? language) => Assert.Null(EspeakVoiceMap.Find(language));

    [Fact]
    public void Find_OnlyNamesVoicesEspeakHas()
    {
        foreach (var language in new[] { "en", "en-GB", "zh", "zh-HK", "fr", "de", "es", "ja", "ko", "ru", "pt-BR", "es-MX" })
        {
            var voice = EspeakVoiceMap.Find(language)!;
            Assert.True(EspeakHasVoice(voice), $"espeak-ng has no voice {voice} for {language}");
        }
    }

    private static bool EspeakHasVoice(string voice)
    {
        using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("espeak-ng", ["--voices"])
        {
            RedirectStandardOutput = true,
        })!;
        var list = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return list.Split('\n').Skip(1).Any(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 1 } cells
            && string.Equals(cells[1], voice, StringComparison.OrdinalIgnoreCase));
    }
}
