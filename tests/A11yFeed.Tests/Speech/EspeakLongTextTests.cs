using A11yFeed.Speech;

namespace A11yFeed.Tests.Speech;

[CollectionDefinition(nameof(EspeakLongTextTests), DisableParallelization = true)]
public class EspeakLongTextCollection;

/// <summary>Runs alone so the process-wide allocation count it checks is its own.</summary>
[Collection(nameof(EspeakLongTextTests))]
public class EspeakLongTextTests
{
    [Fact]
    public async Task Synthesize_LongArticleUsesBoundedMemory()
    {
        using var folder = new SpeechTestFolder();
        var words = "the council opens new bus routes for older residents near the river park".Split(' ');
        var random = new Random(7);
        var paragraphs = Enumerable.Range(0, 6)
            .Select(_ => string.Join(" ", Enumerable.Range(0, 900).Select(i => words[random.Next(words.Length)] + (i % 12 == 11 ? "." : ""))))
            .ToList();
        Assert.InRange(paragraphs.Sum(p => p.Length), 30_000, 40_000);
        var wave = folder.Combine("long.wav");
        var before = GC.GetTotalAllocatedBytes(precise: true);

        await SpeechTestFolder.Engine().SynthesizeAsync(new SpeechRequest(string.Join(" ", paragraphs), "en", null, 2.6), wave, default);

        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        var size = new FileInfo(wave).Length;
        Assert.True(size > 20_000_000, $"expected long audio, got {size} bytes");
        Assert.True(allocated < size / 5, $"allocated {allocated} bytes for {size} bytes of audio");
        Assert.InRange(SpeechTestFolder.WaveDuration(wave), TimeSpan.FromMinutes(6), TimeSpan.FromMinutes(30));
    }
}
