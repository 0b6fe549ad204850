using System.Diagnostics;
using A11yFeed.Audio;
using A11yFeed.Speech;
using A11yFeed.Text;

namespace A11yFeed.Tests.Speech;

public class EspeakSpeechEngineTests
{
    private const string English = "The city library opens a reading room for older residents on Monday.";
    private const string Pinyin = "shi4 tu2 shu1 guan3 xia4 zhou1 yi1 kai1 fang4 xin1 de yue4 lan3 shi4";

    [Fact]
    public async Task Synthesize_EnglishAndPinyinProduceSpeech()
    {
        using var folder = new SpeechTestFolder();
        var engine = SpeechTestFolder.Engine();

        await engine.SynthesizeAsync(new SpeechRequest(English, "en-US", null, 1.0), folder.Combine("en.wav"), default);
        await engine.SynthesizeAsync(new SpeechRequest(Pinyin, "zh-CN", null, 1.0), folder.Combine("zh.wav"), default);

        foreach (var file in new[] { "en.wav", "zh.wav" })
        {
            var wave = WaveFileReader.Open(folder.Combine(file));
            Assert.Equal(new WaveFormat(22050, 1, 16), wave.Format);
            Assert.InRange(wave.Format.DurationOf(wave.DataLength), TimeSpan.FromSeconds(1.5), TimeSpan.FromSeconds(15));
        }

        Assert.Equal(["en.wav", "zh.wav"], Directory.GetFiles(folder.Path).Select(Path.GetFileName).Order());
    }

    [Theory]
    [InlineData("zh", SpokenForm.Pinyin)]
    [InlineData("zh-CN", SpokenForm.Pinyin)]
    [InlineData("zh-Hans-CN", SpokenForm.Pinyin)]
    [InlineData("zh-TW", SpokenForm.Pinyin)]
    [InlineData("cmn", SpokenForm.Pinyin)]
    [InlineData("zh-HK", SpokenForm.Text)]
    [InlineData("en", SpokenForm.Text)]
    [InlineData("fr-FR", SpokenForm.Text)]
    [InlineData("xx-unknown", SpokenForm.Text)]
    public void InputFormFor_IsPinyinForMandarinOnly(string language, SpokenForm form) =>
        Assert.Equal(form, SpeechTestFolder.Engine().InputFormFor(language));

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
        var tone = SilentWave(folder);
        var fake = folder.WriteScript("fake-espeak", $$"""
            printf '%s|' "$@" >> "{{folder.Combine("args.txt")}}"; echo >> "{{folder.Combine("args.txt")}}"
            cat >> "{{folder.Combine("stdin.txt")}}"; echo "#" >> "{{folder.Combine("stdin.txt")}}"
            cat "{{tone}}"
            """);
        var engine = SpeechTestFolder.Engine(new SpeechOptions { EspeakPath = fake });
        var hostile = "$(touch pwned) `touch pwned`; rm -rf / \"quoted\" 上海";

        await engine.SynthesizeAsync(new SpeechRequest(hostile, "xx-unknown", null, 0.9), folder.Combine("a.wav"), default);
        await engine.SynthesizeAsync(new SpeechRequest("shang4 hai3", "zh-CN", null, 1.0), folder.Combine("b.wav"), default);
        await engine.SynthesizeAsync(new SpeechRequest("Hi.", "zh", "en-gb", 2.0), folder.Combine("c.wav"), default);

        var calls = File.ReadAllLines(folder.Combine("args.txt"));
        var spoken = File.ReadAllText(folder.Combine("stdin.txt")).Split("#\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("-b|1|-v|en-us|-s|158|--stdout|", calls[0]);
        Assert.StartsWith("-b|1|-v|cmn-latn-pinyin|-s|175|", calls[1]);
        Assert.StartsWith("-b|1|-v|en-gb|-s|350|", calls[2]);
        Assert.Equal([hostile, "shang4 hai3", "Hi."], spoken);
        Assert.False(File.Exists(Path.Combine(Environment.CurrentDirectory, "pwned")));
        Assert.Equal(["a.wav", "args.txt", "b.wav", "c.wav", "fake-espeak", "silence.wav", "stdin.txt"],
            Directory.GetFiles(folder.Path).Select(Path.GetFileName).Order());
    }

    [Fact]
    public async Task Synthesize_WritesToPathsLongerThanEspeakAccepts()
    {
        using var folder = new SpeechTestFolder();
        var deep = Directory.CreateDirectory(folder.Combine(new string('d', 120) + "/" + new string('e', 120))).FullName;
        var wave = Path.Combine(deep, new string('f', 100) + ".wav");

        await SpeechTestFolder.Engine().SynthesizeAsync(new SpeechRequest("Hello there.", "en", null, 1), wave, default);

        Assert.InRange(SpeechTestFolder.WaveDuration(wave), TimeSpan.FromSeconds(0.3), TimeSpan.FromSeconds(5));
        Assert.Single(Directory.GetFiles(deep));
    }

    [Fact]
    public void PinyinVoice_IsOneEspeakHas()
    {
        using var process = Process.Start(new ProcessStartInfo("espeak-ng", ["--voices=cmn"]) { RedirectStandardOutput = true })!;
        var list = process.StandardOutput.ReadToEnd();
        process.WaitForExit();

        Assert.Contains(list.Split('\n'), line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries) is [_, var name, ..] && name == EspeakSpeechEngine.PinyinVoice);
    }

    [Fact]
    public async Task Synthesize_RefusesVoiceNamesThatLookLikeOptions()
    {
        using var folder = new SpeechTestFolder();

        await Assert.ThrowsAsync<SpeechException>(
            () => SpeechTestFolder.Engine().SynthesizeAsync(new SpeechRequest("Hello.", "en", "--stdout", 1), folder.Combine("x.wav"), default));
    }

    [Fact]
    public async Task Synthesize_ReportsExitCodeAndErrorTextAndLeavesNoFile()
    {
        using var folder = new SpeechTestFolder();
        // Writes part of a WAV, then fails: the half-written file must not survive under the target name.
        var fake = folder.WriteScript("failing-espeak", """
            printf 'RIFF'; cat > /dev/null; echo 'voice data missing' >&2; exit 3
            """);

        var error = await Assert.ThrowsAsync<SpeechException>(() => SpeechTestFolder.Engine(new SpeechOptions { EspeakPath = fake })
            .SynthesizeAsync(new SpeechRequest("Hello.", "en", null, 1), folder.Combine("x.wav"), default));

        Assert.Contains("exit code 3", error.Message);
        Assert.Contains("voice data missing", error.Message);
        Assert.Equal(["failing-espeak"], Directory.GetFiles(folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Synthesize_RefusesUnreadableOutput()
    {
        using var folder = new SpeechTestFolder();
        var fake = folder.WriteScript("noise-espeak", """
            echo 'not audio'; cat > /dev/null
            """);

        var error = await Assert.ThrowsAsync<SpeechException>(() => SpeechTestFolder.Engine(new SpeechOptions { EspeakPath = fake })
            .SynthesizeAsync(new SpeechRequest("Hello.", "en", null, 1), folder.Combine("x.wav"), default));

        Assert.Contains("could not be read", error.Message);
        Assert.Equal(["noise-espeak"], Directory.GetFiles(folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Synthesize_KillsAHungEngineAfterTheTimeout()
    {
        using var folder = new SpeechTestFolder();
        var childPid = folder.Combine("child.pid");
        var fake = folder.WriteScript("hanging-espeak", $"sleep 300 & echo $! > \"{childPid}\"; wait");
        var engine = SpeechTestFolder.Engine(new SpeechOptions { EspeakPath = fake, Timeout = TimeSpan.FromSeconds(1) });

        var error = await Assert.ThrowsAsync<SpeechException>(
            () => engine.SynthesizeAsync(new SpeechRequest("Hello.", "en", null, 1), folder.Combine("x.wav"), default));

        Assert.Contains("did not finish within 00:00:01", error.Message);
        Assert.False(SpeechTestFolder.ProcessIsRunning(int.Parse(File.ReadAllText(childPid).Trim())));
    }

    [Fact]
    public async Task Synthesize_CancellationKillsTheEngine()
    {
        using var folder = new SpeechTestFolder();
        var (pipe, childPid) = folder.Signal("child.pid");
        var fake = folder.WriteScript("hanging-espeak", $"sleep 300 & echo $! > \"{pipe}\"; wait");
        using var cancel = new CancellationTokenSource();

        var synthesis = SpeechTestFolder.Engine(new SpeechOptions { EspeakPath = fake })
            .SynthesizeAsync(new SpeechRequest("Hello.", "en", null, 1), folder.Combine("x.wav"), cancel.Token);
        var child = int.Parse(await childPid);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => synthesis);
        Assert.False(SpeechTestFolder.ProcessIsRunning(child));
        Assert.Equal(["child.pid", "hanging-espeak"], Directory.GetFiles(folder.Path).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void IsEnabled_FollowsTheExecutable()
    {
        Assert.True(SpeechTestFolder.Engine().IsEnabled);
        Assert.False(SpeechTestFolder.Engine(new SpeechOptions { EspeakPath = "/nonexistent/espeak-ng" }).IsEnabled);
        Assert.False(SpeechTestFolder.Engine(new SpeechOptions { EspeakPath = "no-such-speech-tool" }).IsEnabled);
    }

    internal static string SilentWave(SpeechTestFolder folder)
    {
        var path = folder.Combine("silence.wav");
        using var writer = new WaveFileWriter(path, new WaveFormat(22050, 1, 16));
        writer.AppendSilence(TimeSpan.FromMilliseconds(100));
        writer.Complete();
        return path;
    }
}
