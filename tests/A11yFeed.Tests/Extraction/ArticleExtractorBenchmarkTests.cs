using System.Text.Json;
using A11yFeed.Bench.Scoring;
using A11yFeed.Extraction;
using Xunit.Abstractions;

namespace A11yFeed.Tests.Extraction;

/// <summary>
/// Body quality on the labelled corpora, scored like the public benchmark. The floors sit below the
/// measured scores so that a change which makes extraction clearly worse fails here.
/// </summary>
public class ArticleExtractorBenchmarkTests(ITestOutputHelper output)
{
    // Measured on this half of the corpora: 0.985 (zh-content) and 0.969 (scrapinghub); see docs/extraction-evaluation.md.
    private const double ChineseFloor = 0.95;
    private const double EnglishFloor = 0.95;

    [SharedFact]
    public void Extract_ChineseContentCorpusScoresAboveFloor()
    {
        var folder = Path.Combine(ExtractionPaths.Shared, "corpus", "zh-content");
        var f1 = Score(folder, id => CorpusPageDecoder.Read(Path.Combine(folder, "html", id + ".html")));

        Assert.True(f1 >= ChineseFloor, $"F1 {f1:F3} below {ChineseFloor}");
    }

    [SharedFact]
    public void Extract_EnglishNewsCorpusScoresAboveFloor()
    {
        var folder = Path.Combine(ExtractionPaths.Shared, "corpus", "scrapinghub");
        var f1 = Score(folder, id => CorpusPageDecoder.Read(Path.Combine(folder, "html", id + ".html.gz")));

        Assert.True(f1 >= EnglishFloor, $"F1 {f1:F3} below {EnglishFloor}");
    }

    private double Score(string folder, Func<string, string> load)
    {
        using var truth = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "ground-truth.json")));
        var pages = new List<(double, double)>();
        foreach (var page in truth.RootElement.EnumerateObject())
        {
            var expected = page.Value.GetProperty("articleBody").GetString() ?? string.Empty;
            var result = new ArticleExtractor().Extract(load(page.Name), new Uri("https://corpus.example/" + page.Name));
            var score = ShingleScorer.ScorePage(result.Article?.Text ?? string.Empty, expected);
            output.WriteLine($"{page.Name[..8]} P={score.Precision:F2} R={score.Recall:F2} {result.Error}");
            pages.Add(score);
        }

        var f1 = ShingleScorer.F1(pages);
        output.WriteLine($"F1 {f1:F3} over {pages.Count} pages");
        return f1;
    }
}
