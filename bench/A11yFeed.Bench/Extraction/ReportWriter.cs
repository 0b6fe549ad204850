using System.Globalization;
using System.Text;
using System.Text.Json;

namespace A11yFeed.Bench.Extraction;

/// <summary>Writes the run as a Markdown table for people and as JSON for tools comparing runs.</summary>
internal static class ReportWriter
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public static string Markdown(RunInfo run, IReadOnlyList<CorpusComparison> results)
    {
        var md = new StringBuilder();
        md.AppendLine("# Extraction evaluation").AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"- date: {run.Date}");
        md.AppendLine(CultureInfo.InvariantCulture, $"- commit: {run.Commit}");
        md.AppendLine(CultureInfo.InvariantCulture, $"- machine: {run.Machine}");
        md.AppendLine("- command: `scripts/evaluate-extraction` (see docs/extraction-evaluation.md)").AppendLine();
        md.AppendLine("| corpus | pages | precision | recall | F1 | SmartReader F1 | author | date | titles (equal / headline) | title+body | pages/s | SmartReader pages/s | speed ratio |");
        md.AppendLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var (corpus, ours, baseline) in results)
        {
            var titles = ours.TitleEqual is null ? "" : $"{ours.TitleEqual} / {ours.TitleHeadline}";
            md.AppendLine(CultureInfo.InvariantCulture,
                $"| {corpus} | {ours.Pages} | {F(ours.Precision)} | {F(ours.Recall)} | {F(ours.F1)} | {F(baseline.F1)} | {ours.Author?.ToString() ?? ""} | {ours.Date?.ToString() ?? ""} | {titles} | {ours.TitleAndBody?.ToString() ?? ""} | {ours.PagesPerSecond:F1} | {baseline.PagesPerSecond:F1} | {ours.PagesPerSecond / baseline.PagesPerSecond:F2} |");
        }

        md.AppendLine().AppendLine("Author, date: labelled zh-content pages only. Titles: readability-zh. Title+body: zh-news-unlabelled. Speed ratio: A11yFeed pages/s over SmartReader pages/s.");
        md.AppendLine().AppendLine("## Weakest pages (A11yFeed, F1 below 0.9)").AppendLine();
        foreach (var (corpus, ours, _) in results.Where(r => r.Ours.F1 is not null))
        {
            foreach (var page in ours.PageScores.Where(p => PageF1(p) < 0.9).OrderBy(PageF1))
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"- {corpus} {page.Id[..Math.Min(8, page.Id.Length)]}: P {page.Precision:F2} R {page.Recall:F2}");
            }
        }

        return md.ToString();
    }

    public static string JsonReport(RunInfo run, IReadOnlyList<CorpusComparison> results) =>
        JsonSerializer.Serialize(new { run, results }, Json);

    private static double PageF1(PageScore p) => p.Precision + p.Recall == 0 ? 0 : 2 * p.Precision * p.Recall / (p.Precision + p.Recall);

    private static string F(double? value) => value is { } v ? v.ToString("F3", CultureInfo.InvariantCulture) : "";
}
