namespace A11yFeed.Bench.Extraction;

/// <summary>
/// Scores A11yFeed's extractor and SmartReader on every corpus present, in one process so the speed
/// figures share the machine's load. Each extractor gets one untimed warm-up page so JIT cost is not counted.
/// </summary>
internal static class ExtractionBenchmark
{
    private static readonly string[] Corpora = [CorpusLoader.English, CorpusLoader.Chinese, CorpusLoader.Readability, CorpusLoader.Unlabelled];

    public static List<CorpusComparison> Run(string corpusRoot, TextWriter log)
    {
        var results = new List<CorpusComparison>();
        foreach (var name in Corpora)
        {
            var pages = CorpusLoader.Load(corpusRoot, name);
            if (pages.Count == 0)
            {
                log.WriteLine($"{name}: absent, skipped");
                continue;
            }

            Candidate.A11yFeed.Extract(pages[0]);
            Candidate.SmartReader.Extract(pages[0]);
            var ours = CorpusScorer.Score(name, pages, Candidate.A11yFeed);
            var baseline = CorpusScorer.Score(name, pages, Candidate.SmartReader);
            log.WriteLine($"{name}: {pages.Count} pages, F1 {ours.F1:F3} (SmartReader {baseline.F1:F3}), {ours.PagesPerSecond:F1} pages/s (SmartReader {baseline.PagesPerSecond:F1})");
            results.Add(new CorpusComparison(name, ours, baseline));
        }

        return results;
    }
}
