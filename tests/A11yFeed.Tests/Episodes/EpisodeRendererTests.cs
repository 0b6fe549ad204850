using A11yFeed.Episodes;
using A11yFeed.Model;
using A11yFeed.Speech;
using A11yFeed.Storage;
using A11yFeed.Tests.Audio;
using A11yFeed.Tests.Speech;
using A11yFeed.Text;

namespace A11yFeed.Tests.Episodes;

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

    private EpisodeRenderer Renderer(SpeechOptions? speech = null, params ISpeechEngine[] extra) =>
        RendererFactory.Create(_store, WorkFolder, speech, null, extra);

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

        Assert.False(File.Exists(_store.TryResolve("audio/empty.mp3")));
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
        var (pipe, started) = _folder.Signal("started");
        var hanging = _folder.WriteScript("hanging-espeak", $"echo started > \"{pipe}\"; exec sleep 300");
        using var cancel = new CancellationTokenSource();

        var rendering = Renderer(new SpeechOptions { EspeakPath = hanging }).RenderAsync(Script("audio/cancel.mp3", "en", ["Hello."]), cancel.Token);
        await started;
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => rendering);

        AssertNothingLeft("audio/cancel.mp3");
    }

    [Fact]
    public async Task Render_TimesEverySentenceInOrderWithThePausesBetween()
    {
        var speech = new SpeechOptions { SentencePause = TimeSpan.FromMilliseconds(300), ParagraphPause = TimeSpan.FromMilliseconds(900) };
        string[] paragraphs = ["", "Buses run every ten minutes. The library opens at nine.", "Volunteers help at the door."];

        var episode = await Renderer(speech).RenderAsync(Script("audio/timed.mp3", "en", paragraphs), default);

        Assert.Equal(
            ["New bus routes.", "City Hall, 27 February 2020.", "Buses run every ten minutes.", "The library opens at nine.", "Volunteers help at the door."],
            episode.Sentences.Select(s => s.Text));
        Assert.Equal([-1, -1, 1, 1, 2], episode.Sentences.Select(s => s.Paragraph));
        Assert.Equal(0, episode.Sentences[0].StartMs);
        for (var i = 1; i < episode.Sentences.Count; i++)
        {
            var (previous, current) = (episode.Sentences[i - 1], episode.Sentences[i]);
            Assert.True(previous.StartMs < previous.EndMs, $"{previous}");
            var pause = current.Paragraph == previous.Paragraph ? 300 : 900;
            Assert.InRange(current.StartMs - previous.EndMs, pause - 1, pause + 1);
        }

        Assert.InRange(episode.Duration.TotalMilliseconds - episode.Sentences[^1].EndMs, 0, 1);
    }

    [Fact]
    public async Task Render_SpeaksEnglishSentencesOfAChineseArticleWithTheEnglishVoice()
    {
        var engine = new RecordingEngine(SpeechTestFolder.Engine());

        var episode = await Renderer(null, engine).RenderAsync(
            Script("audio/mixed.mp3", "zh-CN", ["市图书馆周一开放。Welcome to the reading room! 欢迎大家来参观。"]), default);

        Assert.Equal(["市图书馆周一开放。", "Welcome to the reading room!", "欢迎大家来参观。"], episode.Sentences.Where(s => s.Paragraph == 0).Select(s => s.Text));
        var requests = engine.Requests.ToList();
        Assert.Equal("en", Assert.Single(requests, r => r.Text.Contains("Welcome", StringComparison.Ordinal)).Language);
        Assert.All(requests.Where(r => !r.Text.Contains("Welcome", StringComparison.Ordinal)), r => Assert.Equal("zh-CN", r.Language));
    }

    private void AssertNothingLeft(string key)
    {
        Assert.False(File.Exists(_store.TryResolve(key)));
        Assert.Empty(Directory.GetFileSystemEntries(WorkFolder));
        var media = _folder.Combine("media");
        Assert.True(!Directory.Exists(media) || Directory.GetFiles(media, "*", SearchOption.AllDirectories).Length == 0);
    }

    public void Dispose() => _folder.Dispose();
}
