using A11yFeed.Audio;
using A11yFeed.Sources;
using A11yFeed.Speech;
using A11yFeed.Storage;
using A11yFeed.Text;
using A11yFeed.Tests.Speech;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace A11yFeed.Tests.Audio;

public sealed class EpisodeRendererTests : IDisposable
{
    private readonly SpeechTestFolder _folder = new();
    private readonly LocalDiskMediaStore _store;

    public EpisodeRendererTests() => _store = new LocalDiskMediaStore(_folder.Combine("media"));

    private string WorkFolder => _folder.Combine("work");

    /// <summary>Stands in for an engine that dies halfway through writing its WAV.</summary>
    private sealed class CrashingEngine : ISpeechEngine
    {
        public string Name => "crashing";
        public bool IsEnabled => true;
        public SpokenForm InputFormFor(string language) => SpokenForm.Text;

        public async Task SynthesizeAsync(SpeechRequest request, string wavePath, CancellationToken cancellationToken)
        {
            await File.WriteAllBytesAsync(wavePath, new byte[5000], cancellationToken);
            throw new IOException("disk on fire");
        }
    }

    private EpisodeRenderer Renderer(SpeechOptions? speech = null, params ISpeechEngine[] extra)
    {
        var speechOptions = Options.Create(speech ?? new SpeechOptions());
        ISpeechEngine[] engines = [new EspeakSpeechEngine(speechOptions, NullLogger<EspeakSpeechEngine>.Instance), .. extra];
        var audio = Options.Create(new AudioOptions { WorkDirectory = WorkFolder });
        return new EpisodeRenderer(new SpeechEngineSelector(engines, speechOptions), new Mp3Encoder(audio), _store, audio, NullLogger<EpisodeRenderer>.Instance);
    }

    private static EpisodeScript Script(string key, string language, IReadOnlyList<string> paragraphs, string? engine = null) =>
        new(key, language, new VoiceSettings { Engine = engine, Rate = 1.2 }, language.StartsWith("zh") ? "公交线路调整通知" : "New bus routes",
            language.StartsWith("zh") ? "上海市交通委员会" : "City Hall", new DateTimeOffset(2020, 2, 27, 9, 0, 0, TimeSpan.FromHours(8)),
            paragraphs, "https://example.org/news/1", "City news, read aloud");

    [Theory]
    [InlineData("en-GB", "The number 12 bus now stops at the library.")]
    [InlineData("zh-CN", "十二路公交车现在停靠图书馆。")]
    public async Task Render_StoresADecodableEpisodeWithItsExactLength(string language, string paragraph)
    {
        var key = $"audio/test/{language}.mp3";

        var episode = await Renderer().RenderAsync(Script(key, language, [paragraph, paragraph]), default);

        var stored = _store.TryResolve(key)!;
        AudioTestTools.AssertDecodes(stored);
        Assert.Equal("44100,1", AudioTestTools.Stream(stored, "sample_rate,channels"));
        Assert.Equal(new FileInfo(stored).Length, episode.Bytes);
        var decoded = AudioTestTools.DecodedDuration(stored);
        Assert.True(Math.Abs((episode.Duration - decoded).TotalMilliseconds) <= 50, $"recorded {episode.Duration}, ffprobe {decoded}");
        Assert.Equal(language.StartsWith("zh") ? "公交线路调整通知" : "New bus routes", AudioTestTools.Tag(stored, "title"));
        Assert.Empty(Directory.GetFileSystemEntries(WorkFolder));
    }

    [Fact]
    public async Task Render_LongerTextGivesALongerEpisode()
    {
        var renderer = Renderer();
        const string sentence = "Buses run every ten minutes.";

        var shorter = await renderer.RenderAsync(Script("audio/short.mp3", "en", [sentence]), default);
        var longer = await renderer.RenderAsync(Script("audio/long.mp3", "en", [sentence, sentence, sentence]), default);

        Assert.True(longer.Duration > shorter.Duration + TimeSpan.FromSeconds(2), $"{shorter.Duration} vs {longer.Duration}");
        Assert.True(longer.Bytes > shorter.Bytes);
    }

    [Fact]
    public async Task Render_RefusesEmptyTextAndStoresNothing()
    {
        await Assert.ThrowsAsync<SpeechException>(() => Renderer().RenderAsync(Script("audio/empty.mp3", "en", ["", "  "]), default));

        Assert.False(_store.Exists("audio/empty.mp3"));
    }

    [Fact]
    public async Task Render_EngineCrashLeavesNoFileAndNoWorkFolder()
    {
        await Assert.ThrowsAsync<IOException>(
            () => Renderer(null, new CrashingEngine()).RenderAsync(Script("audio/crash.mp3", "en", ["Hello."], engine: "crashing"), default));

        AssertNothingLeft("audio/crash.mp3");
    }

    [Fact]
    public async Task Render_HungEngineTimesOutAndLeavesNothing()
    {
        var hanging = _folder.WriteScript("hanging-espeak", "exec sleep 300");
        var renderer = Renderer(new SpeechOptions { EspeakPath = hanging, Timeout = TimeSpan.FromSeconds(1) });

        var error = await Assert.ThrowsAsync<SpeechException>(() => renderer.RenderAsync(Script("audio/hung.mp3", "en", ["Hello."]), default));

        Assert.Contains("did not finish", error.Message);
        AssertNothingLeft("audio/hung.mp3");
    }

    [Fact]
    public async Task Render_FailingEngineLeavesTheEarlierEpisodeUntouched()
    {
        await Renderer().RenderAsync(Script("audio/kept.mp3", "en", ["First version."]), default);
        var before = File.ReadAllBytes(_store.TryResolve("audio/kept.mp3")!);
        var failing = _folder.WriteScript("failing-espeak", "cat > /dev/null; echo 'no voice' >&2; exit 1");

        await Assert.ThrowsAsync<SpeechException>(() => Renderer(new SpeechOptions { EspeakPath = failing })
            .RenderAsync(Script("audio/kept.mp3", "en", ["Second version."]), default));

        Assert.Equal(before, File.ReadAllBytes(_store.TryResolve("audio/kept.mp3")!));
        Assert.Empty(Directory.GetFileSystemEntries(WorkFolder));
    }

    [Fact]
    public async Task Render_CancellationLeavesNothing()
    {
        var hanging = _folder.WriteScript("hanging-espeak", "exec sleep 300");
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(400));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => Renderer(new SpeechOptions { EspeakPath = hanging }).RenderAsync(Script("audio/cancel.mp3", "en", ["Hello."]), cancel.Token));

        AssertNothingLeft("audio/cancel.mp3");
    }

    private void AssertNothingLeft(string key)
    {
        Assert.False(_store.Exists(key));
        Assert.Empty(Directory.GetFileSystemEntries(WorkFolder));
        var media = _folder.Combine("media");
        Assert.True(!Directory.Exists(media) || Directory.GetFiles(media, "*", SearchOption.AllDirectories).Length == 0);
    }

    public void Dispose() => _folder.Dispose();
}
