using A11yFeed.Episodes;
using A11yFeed.Model;
using A11yFeed.Speech;
using A11yFeed.Storage;
using A11yFeed.Tests.Episodes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace A11yFeed.Tests.Speech;

public sealed class SpeechCacheTests : IDisposable
{
    private readonly SpeechTestFolder _folder = new();

    private SpeechOptions Options(long cap = 1L << 30) => new() { CacheDirectory = _folder.Combine("cache"), CacheMaxBytes = cap };

    private EpisodeScript Script(params string[] paragraphs) =>
        new("audio/cached.mp3", "en", new VoiceSettings(), "Cache check", "City Hall", null, paragraphs, null, "News");

    [Fact]
    public async Task Render_SameTextTwice_SpeaksNothingTheSecondTime()
    {
        var store = new LocalDiskMediaStore(_folder.Combine("media"));
        var first = new RecordingEngine(SpeechTestFolder.Engine());
        var second = new RecordingEngine(SpeechTestFolder.Engine());
        string[] paragraphs = ["Buses run every ten minutes. The library opens at nine.", "Tea is free."];

        var before = await RendererFactory.Create(store, _folder.Combine("work"), Options(), null, first).RenderAsync(Script(paragraphs), default);
        var after = await RendererFactory.Create(store, _folder.Combine("work"), Options(), null, second).RenderAsync(Script(paragraphs), default);

        Assert.Equal(5, first.Requests.Count);
        Assert.Empty(second.Requests);
        Assert.Equal(before.Sentences, after.Sentences);
        Assert.Equal(before.Duration, after.Duration);
    }

    [Fact]
    public async Task Render_AfterAnEdit_SpeaksOnlyTheChangedSentence()
    {
        var store = new LocalDiskMediaStore(_folder.Combine("media"));
        await RendererFactory.Create(store, _folder.Combine("work"), Options(), null, new RecordingEngine(SpeechTestFolder.Engine()))
            .RenderAsync(Script("Buses run every ten minutes. The library opens at nine.", "Tea is free."), default);
        var engine = new RecordingEngine(SpeechTestFolder.Engine());

        await RendererFactory.Create(store, _folder.Combine("work"), Options(), null, engine)
            .RenderAsync(Script("Buses run every ten minutes. The library opens at ten.", "Tea is free."), default);

        Assert.Equal("The library opens at ten.", Assert.Single(engine.Requests).Text);
    }

    [Fact]
    public async Task Speak_KeysOnEngineVoiceLanguageRateAndText()
    {
        var engine = new RecordingEngine(new SilentEngine());
        var cache = Cache(Options());
        SpeechRequest[] distinct =
        [
            new("Hello.", "en", null, 1.0), new("Hello!", "en", null, 1.0), new("Hello.", "en-GB", null, 1.0),
            new("Hello.", "en", "en-gb", 1.0), new("Hello.", "en", null, 0.9),
        ];

        foreach (var request in distinct.Concat(distinct))
        {
            await cache.SpeakAsync(engine, request, _folder.Combine("scratch.wav"), default);
        }

        Assert.Equal(distinct.Length, engine.Requests.Count);
        Assert.Equal(distinct.Length, Directory.GetFiles(_folder.Combine("cache"), "*.wav", SearchOption.AllDirectories).Length);
        Assert.Empty(Directory.GetFiles(_folder.Combine("cache"), "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Speak_FailingEngineLeavesNoEntry()
    {
        var cache = Cache(Options());

        await Assert.ThrowsAsync<SpeechException>(() => cache.SpeakAsync(new SilentEngine(fail: true), new("Hello.", "en", null, 1), _folder.Combine("s.wav"), default));

        Assert.Empty(Directory.GetFiles(_folder.Combine("cache"), "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Trim_RemovesTheLeastRecentlyUsedFirst()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var engine = new RecordingEngine(new SilentEngine());
        // Each silent entry is 4,410 bytes of samples plus its header; room for three.
        var cache = Cache(Options(cap: 3 * 4500), clock);
        var paths = new List<string>();
        foreach (var text in new[] { "one", "two", "three", "four" })
        {
            paths.Add(await cache.SpeakAsync(engine, new(text, "en", null, 1), _folder.Combine("s.wav"), default));
            File.SetLastWriteTimeUtc(paths[^1], clock.GetUtcNow().UtcDateTime);
            clock.Advance(TimeSpan.FromMinutes(1));
        }

        await cache.SpeakAsync(engine, new("one", "en", null, 1), _folder.Combine("s.wav"), default);
        cache.Trim();

        Assert.Equal([true, false, true, true], paths.Select(File.Exists));
        Assert.Equal(4, engine.Requests.Count);
    }

    [Fact]
    public async Task Speak_WithTheCacheOff_UsesTheScratchFile()
    {
        var cache = Cache(Options(cap: 0));

        var path = await cache.SpeakAsync(new SilentEngine(), new("Hello.", "en", null, 1), _folder.Combine("scratch.wav"), default);

        Assert.Equal(_folder.Combine("scratch.wav"), path);
        Assert.False(cache.Owns(path));
        Assert.False(Directory.Exists(_folder.Combine("cache")));
    }

    private static SpeechCache Cache(SpeechOptions options, TimeProvider? clock = null) =>
        new(Microsoft.Extensions.Options.Options.Create(options), clock ?? TimeProvider.System, NullLogger<SpeechCache>.Instance);

    public void Dispose() => _folder.Dispose();
}
