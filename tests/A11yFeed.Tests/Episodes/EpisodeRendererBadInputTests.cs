using A11yFeed.Episodes;
using A11yFeed.Model;
using A11yFeed.Speech;
using A11yFeed.Storage;
using A11yFeed.Tests.Speech;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace A11yFeed.Tests.Episodes;

[CollectionDefinition(nameof(EpisodeRendererBadInputTests), DisableParallelization = true)]
public class EpisodeRendererMemoryCollection;

/// <summary>Runs alone, so the managed memory it watches is its own.</summary>
[Collection(nameof(EpisodeRendererBadInputTests))]
public sealed class EpisodeRendererBadInputTests : IDisposable
{
    private readonly SpeechTestFolder _folder = new();

    [Fact]
    public async Task Render_200000CharacterArticle_KeepsMemoryBounded()
    {
        var store = new LocalDiskMediaStore(_folder.Combine("media"));
        var words = "the council opens new bus routes for older residents near the river park".Split(' ');
        var random = new Random(7);
        var paragraphs = Enumerable.Range(0, 200)
            .Select(_ => string.Join(" ", Enumerable.Range(0, 180).Select(i => words[random.Next(words.Length)] + (i % 12 == 11 ? "." : ""))))
            .ToList();
        Assert.InRange(paragraphs.Sum(p => p.Length), 190_000, 230_000);
        var speech = new SpeechOptions { SentencePause = TimeSpan.Zero, ParagraphPause = TimeSpan.FromMilliseconds(100) };
        GC.Collect();
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        long peak = 0;
        var sentences = 0;
        var gate = new Lock();
        // Sampled every 50th sentence as the engine reaches it: the same points on every run, whatever the machine's speed.
        var engine = new SilentEngine(milliseconds: 60, spoken: () =>
        {
            if (Interlocked.Increment(ref sentences) % 50 == 0)
            {
                // Live objects only: garbage waiting for the next collection says nothing about what is held.
                var held = GC.GetTotalMemory(forceFullCollection: true) - baseline;
                lock (gate)
                {
                    peak = Math.Max(peak, held);
                }
            }
        });
        var renderer = RendererFactory.Create(store, _folder.Combine("work"), speech, null, engine);
        var script = new EpisodeScript("audio/long.mp3", "en", new VoiceSettings(), "Long", null, null, paragraphs, null, "News");

        var episode = await renderer.RenderAsync(script, default);

        // Held whole as samples, the episode's audio would take eight bytes a sample.
        var samples = (long)(episode.Duration.TotalSeconds * 22050);
        Assert.True(episode.Sentences.Count > 2900, $"{episode.Sentences.Count} sentences");
        Assert.True(samples * 8 > 30_000_000, $"{samples} samples");
        Assert.True(sentences / 50 > 50, $"{sentences} sentences spoken, too few samples");
        Assert.True(peak < 16_000_000, $"peak managed memory grew by {peak / 1_000_000} MB for {samples * 8 / 1_000_000} MB of samples");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    [InlineData("\u200B\u3000")]
    public async Task Render_NothingToSpeak_IsAClearErrorAndStoresNothing(string text)
    {
        var store = new LocalDiskMediaStore(_folder.Combine("media"));
        var script = new EpisodeScript("audio/empty.mp3", "en", new VoiceSettings(), "A title alone", "City Hall", null, [text, text], null, "News");

        var error = await Assert.ThrowsAsync<SpeechException>(() => RendererFactory.Create(store, _folder.Combine("work")).RenderAsync(script, default));

        Assert.Contains("no text to speak", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_folder.Combine("media")) && Directory.GetFiles(_folder.Combine("media"), "*", SearchOption.AllDirectories).Length > 0);
    }

    [Fact]
    public async Task Render_UnsupportedLanguage_FallsBackToEnglishWithOneWarning()
    {
        var store = new LocalDiskMediaStore(_folder.Combine("media"));
        var logger = new ListLogger<EspeakSpeechEngine>();
        var options = Options.Create(new SpeechOptions());
        var engine = new EspeakSpeechEngine(options, logger);
        var script = new EpisodeScript("audio/tlh.mp3", "tlh", new VoiceSettings(), "Qapla", null, null, ["Heghlu'meH QaQ jajvam. nuqneH."], null, "News");

        var episode = await RendererFactory.Create(store, _folder.Combine("work"), null, null, engine).RenderAsync(script, default);

        Assert.True(File.Exists(store.TryResolve("audio/tlh.mp3")));
        Assert.Equal(3, episode.Sentences.Count);
        var warning = Assert.Single(logger.Entries, e => e.Level == LogLevel.Warning);
        Assert.Contains("tlh", warning.Message, StringComparison.Ordinal);
        Assert.Contains("en-us", warning.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}

internal sealed class ListLogger<T> : ILogger<T>
{
    public List<(LogLevel Level, string Message)> Entries { get; } = [];

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        lock (Entries)
        {
            Entries.Add((logLevel, formatter(state, exception)));
        }
    }
}
