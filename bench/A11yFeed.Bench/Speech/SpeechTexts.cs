using A11yFeed.Extraction;
using Microsoft.Extensions.DependencyInjection;

namespace A11yFeed.Bench.Speech;

/// <summary>One text to speak: its paragraphs and language.</summary>
internal sealed record SpeechText(string Name, string Origin, string Language, IReadOnlyList<string> Paragraphs)
{
    public int Characters => Paragraphs.Sum(p => p.Length);
}

/// <summary>
/// The benchmark's texts: the seed article's body (a Chinese municipal news page, read in place from ../shared when
/// it exists, else the committed Chinese demo article) and a long English article written for this benchmark.
/// </summary>
internal static class SpeechTexts
{
    /// <summary>The English text is read this many times over, for an article of about 2,800 words.</summary>
    private const int EnglishRepeats = 4;

    public static IReadOnlyList<SpeechText> Load(string root)
    {
        using var services = new ServiceCollection().AddLogging().AddExtraction().BuildServiceProvider();
        var extractor = services.GetRequiredService<ArticleExtractor>();
        var seed = Path.Combine(root, "..", "shared", "seed");
        var chinese = Directory.Exists(seed) && Directory.GetFiles(seed, "*.txt").Order(StringComparer.Ordinal).FirstOrDefault() is { } seedFile
            ? Extract(extractor, seedFile, "seed article body", "../shared/seed/" + Path.GetFileName(seedFile))
            : Extract(extractor, Path.Combine(root, "feeds", "demo", "zh", "bus-route.txt"), "Chinese demo article", "feeds/demo/zh/bus-route.txt");

        var english = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Speech", "long-english.txt"))
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var body = Enumerable.Repeat(english[1..], EnglishRepeats).SelectMany(p => p).ToList();
        var words = body.Sum(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
        return [chinese, new SpeechText($"long English article ({words} words)", "bench/A11yFeed.Bench/Speech/long-english.txt", "en", body)];
    }

    private static SpeechText Extract(ArticleExtractor extractor, string path, string name, string origin)
    {
        var result = extractor.Extract(File.ReadAllText(path), new Uri(path), "text/plain");
        var article = result.Article ?? throw new InvalidOperationException($"{origin}: {result.Error}");
        return new SpeechText(name, origin, article.Language, article.Paragraphs);
    }
}
