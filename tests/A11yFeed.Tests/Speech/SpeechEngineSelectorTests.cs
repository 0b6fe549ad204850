using A11yFeed.Sources;
using A11yFeed.Speech;
using A11yFeed.Text;
using Microsoft.Extensions.Options;

namespace A11yFeed.Tests.Speech;

public class SpeechEngineSelectorTests
{
    private sealed class StubEngine(string name, bool enabled) : ISpeechEngine
    {
        public string Name => name;
        public bool IsEnabled => enabled;
        public SpokenForm InputFormFor(string language) => SpokenForm.Text;
        public Task SynthesizeAsync(SpeechRequest request, string wavePath, CancellationToken cancellationToken) => Task.CompletedTask;
    }

    private static readonly StubEngine Espeak = new("espeak-ng", true);
    private static readonly StubEngine Cloud = new("azure", false);
    private readonly SpeechEngineSelector _selector = new([Espeak, Cloud], Options.Create(new SpeechOptions()));

    [Fact]
    public void Select_UsesTheDefaultWhenTheSourceNamesNone() =>
        Assert.Same(Espeak, _selector.Select(new VoiceSettings(), "zh-CN"));

    [Fact]
    public void Select_UsesTheNamedEngineIgnoringCase() =>
        Assert.Same(Espeak, _selector.Select(new VoiceSettings { Engine = "eSpeak-NG" }, "en"));

    [Fact]
    public void Select_RefusesUnknownEngines()
    {
        var error = Assert.Throws<SpeechException>(() => _selector.Select(new VoiceSettings { Engine = "festival" }, "en"));

        Assert.Contains("festival", error.Message);
        Assert.Contains("espeak-ng, azure", error.Message);
    }

    [Fact]
    public void Select_RefusesEnginesThatCannotRunHere() =>
        Assert.Contains("not available", Assert.Throws<SpeechException>(() => _selector.Select(new VoiceSettings { Engine = "azure" }, "zh")).Message);
}
