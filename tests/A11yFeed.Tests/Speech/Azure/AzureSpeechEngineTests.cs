using System.Diagnostics;
using A11yFeed.Audio;
using A11yFeed.Speech;
using Microsoft.Extensions.Time.Testing;

namespace A11yFeed.Tests.Speech.Azure;

public sealed class AzureSpeechEngineTests : IAsyncLifetime, IDisposable
{
    private const string English = "The city library opens a reading room for older residents on Monday.";
    private const string Chinese = "市图书馆下周一为老年居民开放新的阅览室。";
    private readonly SpeechTestFolder _folder = new();
    private FakeAzureSpeechService _fake = null!;

    public async Task InitializeAsync() => _fake = await FakeAzureSpeechService.StartAsync();

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Synthesize_WritesAReadableWaveOfTheSpokenSentence()
    {
        using var services = new AzureTestServices(_fake);
        _fake.ExpectedVoice = "en-US-AvaMultilingualNeural";
        var wave = _folder.Combine("en.wav");

        await services.Engine.SynthesizeAsync(new SpeechRequest(English, "en", null, 0.9), wave, default);

        var read = WaveFileReader.Open(wave);
        Assert.Equal(new WaveFormat(24000, 1, 16), read.Format);
        Assert.InRange(read.Format.DurationOf(read.DataLength), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(15));
        var call = Assert.Single(_fake.Calls);
        Assert.Equal(new AzureSynthesisCall("en", "en-US-AvaMultilingualNeural", "-10%", English), call);
        Assert.Empty(_fake.Violations);
        Assert.Equal(["en.wav"], Directory.GetFiles(_folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Synthesize_SpeaksChineseWithXiaoxiaoAndTheRequestLanguage()
    {
        using var services = new AzureTestServices(_fake);
        _fake.ExpectedVoice = "zh-CN-XiaoxiaoNeural";
        var wave = _folder.Combine("zh.wav");

        await services.Engine.SynthesizeAsync(new SpeechRequest(Chinese, "zh-CN", null, 1.2), wave, default);

        Assert.Equal(new AzureSynthesisCall("zh-CN", "zh-CN-XiaoxiaoNeural", "+20%", Chinese), Assert.Single(_fake.Calls));
        Assert.InRange(SpeechTestFolder.WaveDuration(wave), TimeSpan.FromSeconds(1.5), TimeSpan.FromSeconds(20));
        Assert.Empty(_fake.Violations);
    }

    [Fact]
    public async Task Synthesize_UsesTheSourceVoiceAndEscapesMarkupInTheText()
    {
        using var services = new AzureTestServices(_fake);
        const string text = "Fish & chips <b>cost</b> \"less\" than 5 < 6 pounds.";

        await services.Engine.SynthesizeAsync(new SpeechRequest(text, "en-GB", "en-GB-SoniaNeural", 1), _folder.Combine("x.wav"), default);

        Assert.Equal(new AzureSynthesisCall("en-GB", "en-GB-SoniaNeural", "0%", text), Assert.Single(_fake.Calls));
        Assert.Empty(_fake.Violations);
    }

    [Fact]
    public async Task Synthesize_TakesTheVoiceForALanguageFromConfiguration()
    {
        using var services = new AzureTestServices(_fake, new Dictionary<string, string?> { ["Speech:Azure:Voices:zh-CN"] = "zh-CN-YunxiNeural" });

        await services.Engine.SynthesizeAsync(new SpeechRequest(Chinese, "zh-CN", null, 0.9), _folder.Combine("a.wav"), default);
        await services.Engine.SynthesizeAsync(new SpeechRequest("Hello there.", "en-GB", null, 0.9), _folder.Combine("b.wav"), default);

        Assert.Equal(["zh-CN-YunxiNeural", "en-GB-SoniaNeural"], _fake.Calls.Select(c => c.Voice));
        var error = await Assert.ThrowsAsync<SpeechException>(
            () => services.Engine.SynthesizeAsync(new SpeechRequest("Bonjour.", "fr-FR", null, 1), _folder.Combine("c.wav"), default));
        Assert.Contains("Speech:Azure:Voices", error.Message);
    }

    [Fact]
    public async Task Synthesize_ReusesOneTokenUntilShortlyBeforeItExpires()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 28, 8, 0, 0, TimeSpan.Zero));
        using var services = new AzureTestServices(_fake, clock: clock);
        var engine = services.Engine;

        await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
            engine.SynthesizeAsync(new SpeechRequest($"Sentence {i}.", "en", null, 1), _folder.Combine($"{i}.wav"), default)));
        Assert.Equal(1, _fake.TokenRequests);

        clock.Advance(TimeSpan.FromMinutes(8.5));
        await engine.SynthesizeAsync(new SpeechRequest("Still the same token.", "en", null, 1), _folder.Combine("a.wav"), default);
        Assert.Equal(1, _fake.TokenRequests);

        clock.Advance(TimeSpan.FromMinutes(0.6));
        await engine.SynthesizeAsync(new SpeechRequest("A fresh token.", "en", null, 1), _folder.Combine("b.wav"), default);
        Assert.Equal(2, _fake.TokenRequests);
        Assert.Equal(8, _fake.SynthesisRequests);
        Assert.Empty(_fake.Violations);
    }

    [Fact]
    public async Task Synthesize_RetriesThrottlingAndServerErrorsHonouringRetryAfter()
    {
        // Waits shorter than the 20 s per-attempt timeout pass at once; the timeout's own timer stays pending.
        var clock = new StepThroughClock(new DateTimeOffset(2026, 11, 28, 8, 0, 0, TimeSpan.Zero), TimeSpan.FromSeconds(20));
        using var services = new AzureTestServices(_fake, clock: clock);
        _fake.Fail(AzureFault.TooManyRequests).Fail(AzureFault.ServerError, 2);

        var waits = await clock.PassWaitsUntilAsync(
            services.Engine.SynthesizeAsync(new SpeechRequest(English, "en", null, 1), _folder.Combine("x.wav"), default));

        Assert.Equal(3, waits.Count);
        Assert.Equal(TimeSpan.FromSeconds(_fake.RetryAfterSeconds), waits[0]);
        Assert.All(waits.Skip(1), wait => Assert.InRange(wait, TimeSpan.FromTicks(1), TimeSpan.FromSeconds(0.5)));
        Assert.Equal(4, _fake.SynthesisRequests);
        Assert.Equal(1, _fake.TokenRequests);
        Assert.True(File.Exists(_folder.Combine("x.wav")));
        Assert.Empty(_fake.Violations);
    }

    [Fact]
    public async Task Synthesize_FailsClearlyWhenRetriesRunOut()
    {
        using var services = new AzureTestServices(_fake, new Dictionary<string, string?> { ["Speech:Azure:MaxRetries"] = "2" });
        _fake.Fail(AzureFault.ServerError, 5);
        var wave = _folder.Combine("x.wav");

        var error = await Assert.ThrowsAsync<SpeechException>(
            () => services.Engine.SynthesizeAsync(new SpeechRequest(English, "en", null, 1), wave, default));

        Assert.Contains("after 3 attempts", error.Message);
        Assert.Contains("500", error.Message);
        Assert.Equal(3, _fake.SynthesisRequests);
        Assert.Empty(Directory.GetFiles(_folder.Path));
    }

    [Fact]
    public async Task Synthesize_RetriesATokenEndpointThatIsBrieflyDown()
    {
        using var services = new AzureTestServices(_fake);
        _fake.FailTokens(2);

        await services.Engine.SynthesizeAsync(new SpeechRequest(English, "en", null, 1), _folder.Combine("x.wav"), default);

        Assert.Equal(3, _fake.TokenRequests);
        Assert.Equal(1, _fake.SynthesisRequests);
        Assert.Empty(_fake.Violations);
    }

    [Fact]
    public async Task Synthesize_FetchesAFreshTokenOnceWhenOneIsRejected()
    {
        using var services = new AzureTestServices(_fake);
        _fake.Fail(AzureFault.Unauthorized);

        await services.Engine.SynthesizeAsync(new SpeechRequest(English, "en", null, 1), _folder.Combine("x.wav"), default);

        Assert.Equal(2, _fake.TokenRequests);
        Assert.Equal(2, _fake.SynthesisRequests);
        Assert.Empty(_fake.Violations);
    }

    [Fact]
    public async Task Synthesize_GivesUpWhenTheFreshTokenIsRejectedToo()
    {
        using var services = new AzureTestServices(_fake);
        _fake.Fail(AzureFault.Unauthorized, 3);

        var error = await Assert.ThrowsAsync<SpeechException>(
            () => services.Engine.SynthesizeAsync(new SpeechRequest(English, "en", null, 1), _folder.Combine("x.wav"), default));

        Assert.Contains("401", error.Message);
        Assert.Equal(2, _fake.TokenRequests);
        Assert.Equal(2, _fake.SynthesisRequests);
    }

    [Fact]
    public async Task Synthesize_ReportsTheServiceExplanationOfABadRequestWithoutRetrying()
    {
        using var services = new AzureTestServices(_fake);
        _fake.Fail(AzureFault.BadRequest, 3);

        var error = await Assert.ThrowsAsync<SpeechException>(
            () => services.Engine.SynthesizeAsync(new SpeechRequest(English, "en", "en-US-NoSuchNeural", 1), _folder.Combine("x.wav"), default));

        Assert.Contains("400", error.Message);
        Assert.Contains("unknown voice", error.Message);
        Assert.Equal(1, _fake.SynthesisRequests);
    }

    [Fact]
    public async Task Synthesize_AbandonsAHungRequestAfterTheTimeout()
    {
        using var services = new AzureTestServices(_fake, new Dictionary<string, string?>
        {
            ["Speech:Azure:Timeout"] = "00:00:00.500",
            ["Speech:Azure:MaxRetries"] = "1",
        });
        _fake.Fail(AzureFault.Hang, 2);
        var clock = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<SpeechException>(
            () => services.Engine.SynthesizeAsync(new SpeechRequest(English, "en", null, 1), _folder.Combine("x.wav"), default));

        Assert.Contains("within 00:00:00.5", error.Message);
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(6));
        Assert.Equal(2, _fake.SynthesisRequests);
        Assert.Empty(Directory.GetFiles(_folder.Path));
    }

    [Fact]
    public async Task Synthesize_RetriesAfterAHangAndSucceeds()
    {
        using var services = new AzureTestServices(_fake, new Dictionary<string, string?> { ["Speech:Azure:Timeout"] = "00:00:02" });
        _fake.Fail(AzureFault.Hang);

        await services.Engine.SynthesizeAsync(new SpeechRequest(English, "en", null, 1), _folder.Combine("x.wav"), default);

        Assert.Equal(2, _fake.SynthesisRequests);
        Assert.True(File.Exists(_folder.Combine("x.wav")));
    }

    [Fact]
    public async Task Synthesize_StopsPromptlyWhenCancelledAndLeavesNoFile()
    {
        using var services = new AzureTestServices(_fake);
        _fake.Fail(AzureFault.Hang);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));
        var clock = Stopwatch.StartNew();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => services.Engine.SynthesizeAsync(new SpeechRequest(English, "en", null, 1), _folder.Combine("x.wav"), cancel.Token));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        Assert.Equal(1, _fake.SynthesisRequests);
        Assert.Empty(Directory.GetFiles(_folder.Path));
    }

    [Theory]
    [InlineData(AzureFault.NotAudio, "instead of audio")]
    [InlineData(AzureFault.BrokenAudio, "could not be read")]
    public async Task Synthesize_RefusesAnAnswerThatIsNotAudio(AzureFault fault, string message)
    {
        using var services = new AzureTestServices(_fake);
        _fake.Fail(fault);

        var error = await Assert.ThrowsAsync<SpeechException>(
            () => services.Engine.SynthesizeAsync(new SpeechRequest(English, "en", null, 1), _folder.Combine("x.wav"), default));

        Assert.Contains(message, error.Message);
        Assert.Empty(Directory.GetFiles(_folder.Path));
    }

    [Fact]
    public async Task Synthesize_SplitsALongTextIntoRequestsUnderTheLimit()
    {
        using var services = new AzureTestServices(_fake, new Dictionary<string, string?> { ["Speech:Azure:MaxCharsPerRequest"] = "60" });
        _fake.MaxTextChars = 60;
        var text = string.Concat(Enumerable.Repeat("市政府发布新的公交线路通知，老年人免费乘坐，", 10)) + "详情请咨询社区。";
        var wave = _folder.Combine("long.wav");

        await services.Engine.SynthesizeAsync(new SpeechRequest(text, "zh-CN", null, 1), wave, default);

        Assert.True(_fake.Calls.Count >= 4, $"{_fake.Calls.Count} requests");
        Assert.All(_fake.Calls, c => Assert.InRange(c.Text.Length, 1, 60));
        Assert.Equal(text, string.Concat(_fake.Calls.Select(c => c.Text.Replace(" ", "", StringComparison.Ordinal))));
        Assert.Equal(1, _fake.TokenRequests);
        Assert.InRange(SpeechTestFolder.WaveDuration(wave), TimeSpan.FromSeconds(20), TimeSpan.FromMinutes(3));
        Assert.Equal(["long.wav"], Directory.GetFiles(_folder.Path).Select(Path.GetFileName));
        Assert.Empty(_fake.Violations);
    }

    [Fact]
    public async Task Synthesize_NeverWritesTheKeyToLogsOrErrors()
    {
        _fake.BadRequestText = $"Invalid request for key {FakeAzureSpeechService.Key}";
        _fake.RetryAfterSeconds = 0;
        var errors = new List<Exception>();
        using var services = new AzureTestServices(_fake);
        _fake.Fail(AzureFault.ServerError).Fail(AzureFault.Unauthorized).Fail(AzureFault.TooManyRequests);
        await services.Engine.SynthesizeAsync(new SpeechRequest(English, "en", null, 1), _folder.Combine("a.wav"), default);
        _fake.Fail(AzureFault.BadRequest);
        errors.Add(await Assert.ThrowsAsync<SpeechException>(
            () => services.Engine.SynthesizeAsync(new SpeechRequest(English, "en", null, 1), _folder.Combine("b.wav"), default)));
        using var wrongKey = new AzureTestServices(_fake, new Dictionary<string, string?> { ["Speech:Azure:Key"] = "wrong-" + FakeAzureSpeechService.Key });
        errors.Add(await Assert.ThrowsAsync<SpeechException>(
            () => wrongKey.Engine.SynthesizeAsync(new SpeechRequest(English, "en", null, 1), _folder.Combine("c.wav"), default)));

        Assert.Contains("[key]", errors[0].Message);
        Assert.Contains("refused the Speech:Azure:Key", errors[1].Message);
        var written = services.Logs.Lines.Concat(wrongKey.Logs.Lines).Concat(errors.Select(e => e.ToString())).ToList();
        Assert.Contains(written, line => line.Contains("retrying", StringComparison.Ordinal));
        Assert.Contains(written, line => line.Contains(_fake.SynthesisEndpoint.AbsoluteUri, StringComparison.Ordinal));
        Assert.DoesNotContain(written, line => line.Contains(FakeAzureSpeechService.Key, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Synthesize_RefusesWhenNoKeyIsConfigured()
    {
        using var services = new AzureTestServices(_fake, new Dictionary<string, string?> { ["Speech:Azure:Key"] = "" });

        Assert.False(services.Engine.IsEnabled);
        var error = await Assert.ThrowsAsync<SpeechException>(
            () => services.Engine.SynthesizeAsync(new SpeechRequest(English, "en", null, 1), _folder.Combine("x.wav"), default));
        Assert.Contains("no key", error.Message);
        Assert.Equal(0, _fake.TokenRequests + _fake.SynthesisRequests);
    }
}
