using A11yFeed.Model;
using A11yFeed.Speech;
using A11yFeed.Tests.Speech.Azure;
using A11yFeed.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace A11yFeed.Tests.Speech;

public sealed class SpeechEngineSelectorTests : IDisposable
{
    private sealed class StubEngine(string name, bool enabled) : ISpeechEngine
    {
        public string Name => name;
        public bool IsEnabled => enabled;
        public SpokenForm InputFormFor(string language) => SpokenForm.Text;
        public Task SynthesizeAsync(SpeechRequest request, string wavePath, CancellationToken cancellationToken) => Task.CompletedTask;
    }

    private static readonly StubEngine Espeak = new("espeak-ng", true);
    private static readonly StubEngine Cloud = new("azure", true);
    private static readonly StubEngine Keyless = new("keyless-cloud", false);
    private readonly CapturingLoggerProvider _logs = new();
    private readonly ILoggerFactory _loggerFactory;

    public SpeechEngineSelectorTests() => _loggerFactory = LoggerFactory.Create(b => b.AddProvider(_logs));

    private SpeechEngineSelector Selector(Dictionary<string, string>? byLanguage = null, string defaultEngine = "espeak-ng") =>
        new([Espeak, Cloud, Keyless], Options.Create(new SpeechOptions { DefaultEngine = defaultEngine, EnginesByLanguage = byLanguage ?? [] }),
            _loggerFactory.CreateLogger<SpeechEngineSelector>());

    [Fact]
    public void Select_UsesTheDefaultWhenTheSourceNamesNone() =>
        Assert.Same(Espeak, Selector().Choose(new VoiceSettings(), "zh-CN").Engine);

    [Fact]
    public void Select_UsesTheNamedEngineIgnoringCase() =>
        Assert.Same(Cloud, Selector().Choose(new VoiceSettings { Engine = " Azure " }, "en").Engine);

    [Fact]
    public void Select_RefusesUnknownEnginesAsADefinitionError()
    {
        var error = Assert.Throws<SpeechException>(() => Selector().Choose(new VoiceSettings { Engine = "festival" }, "en"));

        Assert.Contains("festival", error.Message);
        Assert.Contains("espeak-ng, azure, keyless-cloud", error.Message);
        Assert.Contains("source definition", error.Message);
    }

    [Theory]
    [InlineData("zh", "azure")]
    [InlineData("zh-CN", "azure")]
    [InlineData("ZH_cn", "azure")]
    [InlineData("zh-Hant-TW", "azure")]
    [InlineData("zh-TW-x-private", "espeak-ng")]
    [InlineData("zh-TW", "espeak-ng")]
    [InlineData("en", "espeak-ng")]
    [InlineData("", "espeak-ng")]
    public void Choose_UsesTheLongestConfiguredLanguagePrefix(string language, string expected)
    {
        var selector = Selector(new Dictionary<string, string> { ["zh"] = "azure", ["zh-TW"] = "espeak-ng" });

        Assert.Equal(expected, selector.Choose(new VoiceSettings(), language).Engine.Name);
    }

    [Fact]
    public void Choose_PrefersTheSourceEngineOverTheLanguageMap() =>
        Assert.Same(Espeak, Selector(new() { ["zh"] = "azure" }).Choose(new VoiceSettings { Engine = "espeak-ng" }, "zh-CN").Engine);

    [Fact]
    public void Choose_KeepsTheSourceVoiceOnlyForTheEngineItWasWrittenFor()
    {
        var selector = Selector(new() { ["zh"] = "azure" });

        Assert.Equal("zh-CN-YunxiNeural", selector.Choose(new VoiceSettings { Engine = "azure", Voice = "zh-CN-YunxiNeural" }, "zh").Voice);
        Assert.Equal("en-gb", selector.Choose(new VoiceSettings { Voice = "en-gb" }, "en").Voice);
        Assert.Null(selector.Choose(new VoiceSettings { Voice = "cmn" }, "zh-CN").Voice);
    }

    [Fact]
    public void Choose_FallsBackToTheDefaultWithAWarningWhenTheEngineIsNotEnabled()
    {
        var choice = Selector().Choose(new VoiceSettings { Engine = "keyless-cloud", Voice = "zh-CN-XiaoxiaoNeural" }, "zh-CN");

        Assert.Same(Espeak, choice.Engine);
        Assert.Null(choice.Voice);
        var warning = Assert.Single(_logs.Lines, l => l.StartsWith("Warning", StringComparison.Ordinal));
        Assert.Contains("Engine=keyless-cloud", warning);
        Assert.Contains("Language=zh-CN", warning);
        Assert.Contains("FallbackEngine=espeak-ng", warning);
    }

    [Fact]
    public void Choose_FallsBackForALanguageMappedEngineToo() =>
        Assert.Same(Espeak, Selector(new() { ["zh"] = "keyless-cloud" }).Choose(new VoiceSettings(), "zh").Engine);

    [Fact]
    public void Choose_FailsWhenTheDefaultCannotRunEither() =>
        Assert.Contains("not available", Assert.Throws<SpeechException>(
            () => Selector(defaultEngine: "keyless-cloud").Choose(new VoiceSettings(), "zh")).Message);

    [Fact]
    public void Choose_ReportsALanguageMapNamingNoEngine() =>
        Assert.Contains("EnginesByLanguage", Assert.Throws<SpeechException>(
            () => Selector(new() { ["zh"] = "polly" }).Choose(new VoiceSettings(), "zh-CN")).Message);

    public void Dispose() => _loggerFactory.Dispose();
}
