namespace A11yFeed.Bench.Extraction;

/// <summary>
/// Scores A11yFeed's extractor and SmartReader on every corpus present, in one process so the speed
/// figures share the machine's load. Each extractor gets one untimed warm-up page so JIT cost is not counted.
/// </summary>
internal static class ExtractionBenchmark
{
    private static readonly string[] Corpora = [CorpusLoader.English, CorpusLoader.Chinese, CorpusLoader.News, CorpusLoader.Readability, CorpusLoader.Unlabelled];

    /// <summary>The shipped extractor against SmartReader on every corpus, then cross-validation by site on the labelled ones.</summary>
    public static (List<CorpusComparison> Shipped, CrossValidation.Result? CrossValidated) Run(string corpusRoot, int folds, TextWriter log)
    {
        var results = new List<CorpusComparison>();
        var labelled = new List<(string Corpus, CorpusPage Page)>();
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
            if (CorpusLoader.Labelled.Contains(name))
            {
                labelled.AddRange(pages.Select(p => (name, p)));
            }
        }

        return (results, labelled.Count == 0 ? null : CrossValidation.Run(labelled, folds, log));
    }
}
