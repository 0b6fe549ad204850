using System.Globalization;
using System.Text;
using System.Text.Json;

namespace A11yFeed.Bench.Extraction;

/// <summary>Writes the run as a Markdown table for people and as JSON for tools comparing runs.</summary>
internal static class ReportWriter
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    /// <summary>The block model file's header: where it came from, on what data under what licences.</summary>
    public static string ModelHeader(RunInfo run, CrossValidation.Result cv) =>
        "# Block model and extraction thresholds for src/A11yFeed/Extraction (ExtractionParameters), written by scripts/refit-extraction.\n"
        + $"# Fitted {run.Date} at commit {run.Commit} on every labelled development page: "
        + string.Join(", ", cv.Corpora.Select(c => $"{c.Corpus} ({c.Pages})")) + ".\n"
        + "# Licences: scrapinghub/article-extraction-benchmark MIT; immortal-autumn/Chinese-Web-Content-Extraction-Dataset (zh-content) MIT;\n"
        + "# L3S-GN1 (Kohlschuetter et al., WSDM 2010) research use. Only weights and thresholds are stored; no page text.\n"
        + $"# Cross-validated F1 by site ({cv.Folds} folds): " + string.Join(", ", cv.Corpora.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Corpus} {c.F1:F3}"))) + ".\n";

    public static string Markdown(RunInfo run, IReadOnlyList<CorpusComparison> results, CrossValidation.Result? cv)
    {
        var md = new StringBuilder();
        md.AppendLine("# Extraction evaluation").AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"- date: {run.Date}");
        md.AppendLine(CultureInfo.InvariantCulture, $"- commit: {run.Commit}");
        md.AppendLine(CultureInfo.InvariantCulture, $"- machine: {run.Machine}");
        md.AppendLine("- command: `scripts/evaluate-extraction` (see docs/extraction-evaluation.md)").AppendLine();
        if (cv is not null)
        {
            CrossValidatedTable(md, cv);
        }

        md.AppendLine("## The shipped model on every corpus").AppendLine();
        md.AppendLine("The model in extraction/block-model.tsv as built (fitted on all these pages, so in-sample), SmartReader on the same pages; speed is this pass's.").AppendLine();
        md.AppendLine("| corpus | pages | precision | recall | F1 | SmartReader F1 | author | date | titles (equal / headline) | title+body | pages/s | SmartReader pages/s | speed ratio | slowest page ms |");
        md.AppendLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var (corpus, ours, baseline) in results)
        {
            var titles = ours.TitleEqual is null ? "" : $"{ours.TitleEqual} / {ours.TitleHeadline}";
            md.AppendLine(CultureInfo.InvariantCulture,
                $"| {corpus} | {ours.Pages} | {F(ours.Precision)} | {F(ours.Recall)} | {F(ours.F1)} | {F(baseline.F1)} | {ours.Author?.ToString() ?? ""} | {ours.Date?.ToString() ?? ""} | {titles} | {ours.TitleAndBody?.ToString() ?? ""} | {ours.PagesPerSecond:F1} | {baseline.PagesPerSecond:F1} | {ours.PagesPerSecond / baseline.PagesPerSecond:F2} | {ours.SlowestPageMs:F0} |");
        }

        md.AppendLine().AppendLine("Author, date: labelled zh-content pages only. Titles: readability-zh. Title+body: zh-news-unlabelled. Speed ratio: A11yFeed pages/s over SmartReader pages/s.");
        if (cv is not null)
        {
            md.AppendLine().AppendLine("## Weakest pages (cross-validated F1 below 0.8, worst first, with the reason)").AppendLine();
            foreach (var page in cv.Pages.Where(p => p.F1 < 0.8).OrderBy(p => p.F1))
            {
                md.AppendLine(CultureInfo.InvariantCulture,
                    $"- {page.Corpus} {page.Id[..Math.Min(8, page.Id.Length)]} ({page.Site}): P {page.Precision:F2} R {page.Recall:F2} (in-sample P {page.InSamplePrecision:F2} R {page.InSampleRecall:F2}): {page.Reason}");
            }
        }

        return md.ToString();
    }

    private static void CrossValidatedTable(StringBuilder md, CrossValidation.Result cv)
    {
        md.AppendLine(CultureInfo.InvariantCulture, $"## In-sample and cross-validated by site ({cv.Folds} folds)").AppendLine();
        md.AppendLine("Cross-validated: each page scored by a block model, thresholds and second-opinion rule fitted only on other folds, whose sites it shares none with. "
            + "In-sample: fitted on every page, scored on the same pages. A gap over 0.01 means the fitted parts learnt pages, not structure.").AppendLine();
        md.AppendLine("| corpus | pages | sites | in-sample P | in-sample R | in-sample F1 | CV P | CV R | CV F1 | gap | SmartReader F1 | CV − SmartReader | authors (CV) | dates (CV) | SmartReader read (CV) | its body taken (CV) |");
        md.AppendLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var c in cv.Corpora)
        {
            md.AppendLine(CultureInfo.InvariantCulture,
                $"| {c.Corpus} | {c.Pages} | {c.Sites} | {c.InSamplePrecision:F3} | {c.InSampleRecall:F3} | {c.InSampleF1:F3} | {c.Precision:F3} | {c.Recall:F3} | {c.F1:F3} | {c.Gap:+0.000;-0.000} | {c.SmartReaderF1:F3} | {c.F1 - c.SmartReaderF1:+0.000;-0.000} | {c.Author?.ToString() ?? ""} | {c.Date?.ToString() ?? ""} | {c.SecondOpinionsAsked} | {c.SecondOpinions} |");
        }

        md.AppendLine().AppendLine("Authors and dates: labelled zh-content pages; their readers have no fitted part, so cross-validated and in-sample agree. "
            + "SmartReader read: pages on which the gate (short body or unsure block model) asked it, or our reader found no prose; its body taken: pages whose body is SmartReader's.").AppendLine();
    }

    public static string JsonReport(RunInfo run, IReadOnlyList<CorpusComparison> results, CrossValidation.Result? cv) =>
        JsonSerializer.Serialize(new
        {
            run,
            results,
            crossValidation = cv is null ? null : new { cv.Folds, cv.Corpora, gaps = cv.Corpora.ToDictionary(c => c.Corpus, c => c.Gap), cv.Pages },
        }, Json);

    private static string F(double? value) => value is { } v ? v.ToString("F3", CultureInfo.InvariantCulture) : "";
}
