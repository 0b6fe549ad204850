using System.Diagnostics;
using A11yFeed.Speech;

namespace A11yFeed.Tests.Speech;

public class EspeakSpeechEngineTests
{
    private const string English = "The city library opens a reading room for older residents on Monday.";
    private const string Chinese = "市图书馆下周一为老年居民开放新的阅览室。";

    [Fact]
    public async Task Synthesize_EnglishAndChineseProduceSpeech()
    {
        using var folder = new SpeechTestFolder();
        var engine = SpeechTestFolder.Engine();

        await engine.SynthesizeAsync(new SpeechRequest(English, "en-US", null, 1.0), folder.Combine("en.wav"), default);
        await engine.SynthesizeAsync(new SpeechRequest(Chinese, "zh-CN", null, 1.0), folder.Combine("zh.wav"), default);

        foreach (var file in new[] { "en.wav", "zh.wav" })
        {
            var wave = WaveFileReader.Open(folder.Combine(file));
            Assert.Equal(new WaveFormat(22050, 1, 16), wave.Format);
            Assert.InRange(wave.Format.DurationOf(wave.DataLength), TimeSpan.FromSeconds(1.5), TimeSpan.FromSeconds(15));
        }

        Assert.Equal(["en.wav", "zh.wav"], Directory.GetFiles(folder.Path).Select(Path.GetFileName).Order());
    }

    [Fact]
    public async Task Synthesize_SlowerRateTakesLonger()
    {
        using var folder = new SpeechTestFolder();
        var engine = SpeechTestFolder.Engine();

        await engine.SynthesizeAsync(new SpeechRequest(English, "en", null, 0.6), folder.Combine("slow.wav"), default);
        await engine.SynthesizeAsync(new SpeechRequest(English, "en", null, 1.6), folder.Combine("fast.wav"), default);

        var slow = SpeechTestFolder.WaveDuration(folder.Combine("slow.wav"));
        var fast = SpeechTestFolder.WaveDuration(folder.Combine("fast.wav"));
        Assert.True(slow > fast * 1.8, $"slow {slow}, fast {fast}");
    }

    [Theory]
    [InlineData(1.0, 175)]
    [InlineData(0.9, 158)]
    [InlineData(0.1, 80)]
    [InlineData(9.0, 450)]
    [InlineData(double.NaN, 175)]
    [InlineData(-1, 175)]
    public void WordsPerMinute_ScalesNormalSpeedWithinEspeakLimits(double rate, int expected) =>
        Assert.Equal(expected, EspeakSpeechEngine.WordsPerMinute(rate));

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    public async Task Synthesize_RefusesEmptyText(string text)
    {
        using var folder = new SpeechTestFolder();
        var wave = folder.Combine("out.wav");

        var error = await Assert.ThrowsAsync<SpeechException>(
            () => SpeechTestFolder.Engine().SynthesizeAsync(new SpeechRequest(text, "en", null, 1), wave, default));

        Assert.Contains("no text", error.Message);
        Assert.False(File.Exists(wave));
    }

    [Fact]
    public async Task Synthesize_PassesVoiceSpeedAndTextAsArgumentsNotThroughAShell()
    {
        using var folder = new SpeechTestFolder();
        var tone = folder.Combine("tone.wav");
        using (var writer = new WaveFileWriter(tone, new WaveFormat(22050, 1, 16)))
        {
            writer.AppendSilence(TimeSpan.FromMilliseconds(100));
            writer.Complete();
        }

        var fake = folder.WriteScript("fake-espeak", $$"""
            printf '%s|' "$@" >> "{{folder.Combine("args.txt")}}"; echo >> "{{folder.Combine("args.txt")}}"
            cat >> "{{folder.Combine("stdin.txt")}}"; echo "#" >> "{{folder.Combine("stdin.txt")}}"
            while [ $# -gt 0 ]; do if [ "$1" = "-w" ]; then cp "{{tone}}" "$2"; fi; shift; done
            """);
        var engine = SpeechTestFolder.Engine(new SpeechOptions { EspeakPath = fake, MaxChunkChars = 200 });
        var hostile = "$(touch pwned) `touch pwned`; rm -rf / \"quoted\" 上海";
        var longParagraph = string.Join(" ", Enumerable.Range(1, 30).Select(i => $"Sentence {i} of the long paragraph."));

        await engine.SynthesizeAsync(new SpeechRequest(hostile, "xx-unknown", null, 0.9), folder.Combine("h.wav"), default);
        await engine.SynthesizeAsync(new SpeechRequest(longParagraph, "xx-unknown", null, 0.9), folder.Combine("a.wav"), default);
        await engine.SynthesizeAsync(new SpeechRequest("Hi.", "zh", "en-gb", 2.0), folder.Combine("b.wav"), default);

        var calls = File.ReadAllLines(folder.Combine("args.txt"));
        var spoken = File.ReadAllText(folder.Combine("stdin.txt")).Split("#\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith($"-b|1|-v|en-us|-s|158|-w|{folder.Combine("h.wav")}.chunk.wav|", calls[0]);
        Assert.StartsWith("-b|1|-v|en-gb|-s|350|", calls[^1]);
        Assert.Equal(hostile, spoken[0]);
        Assert.True(spoken.Length > 3, "the long paragraph is spoken in several chunks");
        Assert.All(spoken, s => Assert.True(s.Length <= 200, s));
        Assert.False(File.Exists(Path.Combine(Environment.CurrentDirectory, "pwned")));
        Assert.False(File.Exists(folder.Combine("a.wav.chunk.wav")));
        Assert.Equal(TimeSpan.FromMilliseconds(100 * (spoken.Length - 2)), SpeechTestFolder.WaveDuration(folder.Combine("a.wav")));
    }

    [Fact]
    public async Task Synthesize_RefusesVoiceNamesThatLookLikeOptions()
    {
        using var folder = new SpeechTestFolder();

        await Assert.ThrowsAsync<SpeechException>(
            () => SpeechTestFolder.Engine().SynthesizeAsync(new SpeechRequest("Hello.", "en", "--stdout", 1), folder.Combine("x.wav"), default));
    }

    [Fact]
    public async Task Synthesize_ReportsExitCodeAndErrorText()
    {
        using var folder = new SpeechTestFolder();
        var tone = folder.Combine("tone.wav");
        using (var writer = new WaveFileWriter(tone, new WaveFormat(22050, 1, 16)))
        {
            writer.AppendSilence(TimeSpan.FromMilliseconds(100));
            writer.Complete();
        }

        // Speaks the first chunk, then fails on the second.
        var fake = folder.WriteScript("failing-espeak", $$"""
            if [ -f "{{folder.Combine("spoke-once")}}" ]; then cat > /dev/null; echo 'voice data missing' >&2; exit 3; fi
            touch "{{folder.Combine("spoke-once")}}"
            while [ $# -gt 0 ]; do if [ "$1" = "-w" ]; then cp "{{tone}}" "$2"; fi; shift; done
            """);

        var error = await Assert.ThrowsAsync<SpeechException>(() => SpeechTestFolder.Engine(new SpeechOptions { EspeakPath = fake, MaxChunkChars = 200 })
            .SynthesizeAsync(new SpeechRequest(string.Join(" ", Enumerable.Repeat("Hello there, this is a sentence.", 12)), "en", null, 1), folder.Combine("x.wav"), default));

        Assert.Contains("exit code 3", error.Message);
        Assert.False(File.Exists(folder.Combine("x.wav")), "no half-written WAV is left behind");
        Assert.Contains("voice data missing", error.Message);
    }

    [Fact]
    public async Task Synthesize_KillsAHungEngineAfterTheTimeout()
    {
        using var folder = new SpeechTestFolder();
        var childPid = folder.Combine("child.pid");
        var fake = folder.WriteScript("hanging-espeak", $"sleep 300 & echo $! > \"{childPid}\"; wait");
        var engine = SpeechTestFolder.Engine(new SpeechOptions { EspeakPath = fake, Timeout = TimeSpan.FromSeconds(1) });
        var clock = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<SpeechException>(
            () => engine.SynthesizeAsync(new SpeechRequest("Hello.", "en", null, 1), folder.Combine("x.wav"), default));

        Assert.Contains("did not finish", error.Message);
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(8));
        Assert.False(SpeechTestFolder.ProcessIsRunning(int.Parse(File.ReadAllText(childPid).Trim())));
    }

    [Fact]
    public async Task Synthesize_CancellationKillsTheEngine()
    {
        using var folder = new SpeechTestFolder();
        var childPid = folder.Combine("child.pid");
        var fake = folder.WriteScript("hanging-espeak", $"sleep 300 & echo $! > \"{childPid}\"; wait");
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => SpeechTestFolder.Engine(new SpeechOptions { EspeakPath = fake })
            .SynthesizeAsync(new SpeechRequest("Hello.", "en", null, 1), folder.Combine("x.wav"), cancel.Token));

        Assert.False(SpeechTestFolder.ProcessIsRunning(int.Parse(File.ReadAllText(childPid).Trim())));
        Assert.False(File.Exists(folder.Combine("x.wav.chunk.wav")));
    }

    [Fact]
    public void IsEnabled_FollowsTheExecutable()
    {
        Assert.True(SpeechTestFolder.Engine().IsEnabled);
        Assert.False(SpeechTestFolder.Engine(new SpeechOptions { EspeakPath = "/nonexistent/espeak-ng" }).IsEnabled);
        Assert.False(SpeechTestFolder.Engine(new SpeechOptions { EspeakPath = "no-such-speech-tool" }).IsEnabled);
    }
}
