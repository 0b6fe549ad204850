using System.Globalization;
using System.Text;
using System.Text.Json;
using A11yFeed.Bench.Extraction;

namespace A11yFeed.Bench.Polyphones;

/// <summary>The polyphone scores as bench/results/polyphones.md and .json.</summary>
internal static class PolyphoneReport
{
    // The characters the issue names, always reported; the rest of the table is the characters read worst.
    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly string[] Named = ["为", "地", "得", "只", "了", "着", "行", "长", "重", "应", "还", "都", "和", "中", "处", "便", "调", "数", "要", "发"];

    public static string Markdown(RunInfo run, int sentences, IReadOnlyList<PolyphoneScore> scores, string notes)
    {
        var md = new StringBuilder();
        md.AppendLine("# Polyphone benchmark").AppendLine();
        md.AppendLine($"- date: {run.Date}").AppendLine($"- commit: {run.Commit}").AppendLine($"- machine: {run.Machine}");
        md.AppendLine($"- data: {run.CorpusRoot} (cpp-dev.sent / cpp-dev.lb, {sentences} sentences; CPP, Apache-2.0)");
        md.AppendLine("- command: `scripts/evaluate-polyphones`").AppendLine();
        md.AppendLine("| reading | right | accuracy | time to read them all |").AppendLine("|---|---|---|---|");
        foreach (var score in scores)
        {
            var time = score.Seconds is { } seconds ? string.Create(CultureInfo.InvariantCulture, $"{seconds:F2} s") : "(five models)";
            md.AppendLine(CultureInfo.InvariantCulture, $"| {score.Name} | {score.Right} / {score.Total} | {score.Accuracy:P2} | {time} |");
        }

        md.AppendLine().AppendLine(CultureInfo.InvariantCulture,
            $"Loading (wall clock, on a shared machine): pronunciation dictionary {PolyphoneBenchmark.DictionaryLoadSeconds:F2} s, polyphone model {PolyphoneBenchmark.ModelLoadSeconds:F2} s.");

        md.AppendLine().AppendLine(notes).AppendLine();
        var last = scores[^1];
        var worst = last.PerCharacter.Where(p => p.Value.Right < p.Value.Total).OrderBy(p => (double)p.Value.Right / p.Value.Total).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => p.Key).Take(40);
        md.AppendLine("Per character (right / sentences), the characters the issue names and then the worst read in the last column:").AppendLine();
        md.AppendLine("| character | " + string.Join(" | ", scores.Select(s => s.Name)) + " |");
        md.AppendLine("|---|" + string.Concat(scores.Select(_ => "---|")));
        foreach (var character in Named.Where(c => last.For(c).Total > 0).Concat(worst.Except(Named)))
        {
            md.AppendLine($"| {character} | " + string.Join(" | ", scores.Select(s => $"{s.For(character).Right}/{s.For(character).Total}")) + " |");
        }

        return md.ToString();
    }

    public static string Json(RunInfo run, int sentences, IReadOnlyList<PolyphoneScore> scores) => JsonSerializer.Serialize(new
    {
        run.Date,
        run.Commit,
        run.Machine,
        data = run.CorpusRoot,
        sentences,
        dictionaryLoadSeconds = Math.Round(PolyphoneBenchmark.DictionaryLoadSeconds, 3),
        modelLoadSeconds = Math.Round(PolyphoneBenchmark.ModelLoadSeconds, 3),
        readings = scores.Select(s => new
        {
            name = s.Name,
            right = s.Right,
            total = s.Total,
            accuracy = Math.Round(s.Accuracy, 5),
            seconds = s.Seconds is { } seconds ? Math.Round(seconds, 3) : (double?)null,
            perCharacter = s.PerCharacter.ToDictionary(p => p.Key, p => $"{p.Value.Right}/{p.Value.Total}"),
        }),
    }, JsonOptions);
}
