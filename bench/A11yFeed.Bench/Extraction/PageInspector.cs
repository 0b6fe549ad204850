using System.Globalization;
using A11yFeed.Bench.Scoring;
using A11yFeed.Extraction;

namespace A11yFeed.Bench.Extraction;

/// <summary>
/// For working on the extractor: lists one corpus's pages worst first (with author and date misses), or
/// shows one page's output next to its label. Prints only; writes no results.
/// </summary>
internal static class PageInspector
{
    public static void Run(string corpusRoot, string corpus, string? id, TextWriter log)
    {
        var pages = CorpusLoader.Load(corpusRoot, corpus);
        if (id is not null)
        {
            var page = pages.Single(p => p.Id == id);
            var got = Candidate.A11yFeed.Extract(page);
            var (precision, recall) = page.ExpectedBody is null ? (0, 0) : ShingleScorer.ScorePage(got.Text, page.ExpectedBody);
            log.WriteLine($"P {precision:F3} R {recall:F3}");
            log.WriteLine($"title: {got.Title} | expected: {page.ExpectedTitle}");
            log.WriteLine($"author: {got.Author} | expected: {page.ExpectedAuthor}");
            log.WriteLine($"date: {got.Published?.ToString("o", CultureInfo.InvariantCulture)} | expected: {page.ExpectedDate}");
            log.WriteLine("--- extracted");
            log.WriteLine(got.Text);
            log.WriteLine("--- expected");
            log.WriteLine(page.ExpectedBody);
            Blocks(page, log);
            return;
        }

        foreach (var page in pages)
        {
            var got = Candidate.A11yFeed.Extract(page);
            var (precision, recall) = page.ExpectedBody is null ? (1, 1) : ShingleScorer.ScorePage(got.Text, page.ExpectedBody);
            var authorMiss = MetadataMatcher.IsLabelled(page.ExpectedAuthor) && !MetadataMatcher.AuthorMatches(got.Author, page.ExpectedAuthor!);
            var dateMiss = MetadataMatcher.IsLabelled(page.ExpectedDate) && !MetadataMatcher.DateMatches(got.Published, page.ExpectedDate!);
            var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            if (f1 < 1 - 1e-9 || authorMiss || dateMiss || page.ExpectedBody is null)
            {
                var line = string.Create(CultureInfo.InvariantCulture, $"{f1:F3} P {precision:F2} R {recall:F2} {page.Id}");
                line += authorMiss ? $" AUTHOR got '{got.Author}' want '{page.ExpectedAuthor}'" : "";
                line += dateMiss ? string.Create(CultureInfo.InvariantCulture, $" DATE got '{got.Published:o}' want '{page.ExpectedDate}'") : "";
                line += page.ExpectedBody is null ? $" title '{got.Title}' paragraphs {got.Text.Split("\n\n").Length}" : "";
                log.WriteLine(line);
            }
        }
    }

    // Every block of the page with the shipped model's probability: + in the located container, - outside.
    private static void Blocks(CorpusPage page, TextWriter log)
    {
        var (prepared, error) = HtmlArticleReader.Prepare(page.Html, page.Url, null);
        log.WriteLine("--- blocks " + (error ?? ""));
        if (prepared is null)
        {
            return;
        }

        var probabilities = BlockSelector.Probabilities(prepared.Blocks, prepared.Metadata.Title, prepared.Chinese, ExtractionParameters.Shipped);
        for (var i = 0; i < prepared.Blocks.Count; i++)
        {
            var block = prepared.Blocks[i];
            var text = block.Text.Trim();
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{(block.InStoryContainer ? '+' : '-')} {probabilities[i]:F2} {block.Kind} {text[..Math.Min(70, text.Length)]}"));
        }
    }
}
