using System.Diagnostics;
using A11yFeed.Bench.Scoring;

namespace A11yFeed.Bench.Extraction;

/// <summary>
/// Runs one extractor over one corpus and scores it. Timing covers extraction only (pages are decoded
/// beforehand), so pages per second compares the extractors, not the disk.
/// </summary>
internal static class CorpusScorer
{
    public static CorpusScore Score(string corpus, IReadOnlyList<CorpusPage> pages, Candidate candidate)
    {
        var outputs = new List<Extracted>(pages.Count);
        var clock = Stopwatch.StartNew();
        var slowest = TimeSpan.Zero;
        foreach (var page in pages)
        {
            var before = clock.Elapsed;
            outputs.Add(candidate.Extract(page));
            slowest = TimeSpan.FromTicks(Math.Max(slowest.Ticks, (clock.Elapsed - before).Ticks));
        }

        clock.Stop();
        var perPage = pages.Zip(outputs).Select(pair => ScorePage(pair.First, pair.Second)).ToList();
        var bodies = perPage.Where(_ => CorpusLoader.Labelled.Contains(corpus)).ToList();
        return new CorpusScore
        {
            Extractor = candidate.Name,
            Pages = pages.Count,
            Precision = bodies.Count == 0 ? null : bodies.Average(s => s.Precision),
            Recall = bodies.Count == 0 ? null : bodies.Average(s => s.Recall),
            F1 = bodies.Count == 0 ? null : ShingleScorer.F1(bodies.Select(s => (s.Precision, s.Recall)).ToList()),
            Author = corpus == CorpusLoader.Chinese ? Count(perPage.Select(s => s.AuthorRight)) : null,
            Date = corpus == CorpusLoader.Chinese ? Count(perPage.Select(s => s.DateRight)) : null,
            TitleEqual = corpus == CorpusLoader.Readability
                ? Count(pages.Zip(outputs).Select(p => (bool?)((p.Second.PageTitle ?? p.Second.Title) == p.First.ExpectedTitle))) : null,
            TitleHeadline = corpus == CorpusLoader.Readability
                ? Count(pages.Zip(outputs).Select(p => (bool?)IsHeadlineOf(p.Second.Title, p.First.ExpectedTitle))) : null,
            TitleAndBody = corpus == CorpusLoader.Unlabelled
                ? Count(outputs.Select(o => (bool?)(o.Title.Trim().Length > 0 && o.Text.Trim().Length > 0))) : null,
            PagesPerSecond = pages.Count / Math.Max(clock.Elapsed.TotalSeconds, 1e-9),
            SlowestPageMs = slowest.TotalMilliseconds,
            PageScores = perPage,
        };
    }

    private static PageScore ScorePage(CorpusPage page, Extracted got)
    {
        var (precision, recall) = page.ExpectedBody is null ? (0, 0) : ShingleScorer.ScorePage(got.Text, page.ExpectedBody);
        bool? author = MetadataMatcher.IsLabelled(page.ExpectedAuthor) ? MetadataMatcher.AuthorMatches(got.Author, page.ExpectedAuthor!) : null;
        bool? date = MetadataMatcher.IsLabelled(page.ExpectedDate) ? MetadataMatcher.DateMatches(got.Published, page.ExpectedDate!) : null;
        return new PageScore(page.Id, precision, recall, author, date);
    }

    // Readability's expected titles are the page's <title>, site name and all ("… _光明网"): compared with our page
    // title above. The headline we speak should be that title's leading part, without the site name.
    private static bool IsHeadlineOf(string title, string? expected) =>
        expected is not null && title.Trim().Length >= 4 && expected.StartsWith(title.Trim(), StringComparison.Ordinal);

    private static Tally Count(IEnumerable<bool?> results)
    {
        var labelled = results.Where(r => r.HasValue).ToList();
        return new Tally(labelled.Count(r => r == true), labelled.Count);
    }
}
