using System.Globalization;
using System.Text;
using System.Text.Json;
using A11yFeed.Bench.Extraction;

namespace A11yFeed.Bench.Speech;

/// <summary>bench/results/speech.md and speech.json.</summary>
internal static class SpeechReport
{
    public static string Markdown(RunInfo run, int repetitions, IReadOnlyList<SpeechResult> results)
    {
        var md = new StringBuilder();
        md.AppendLine("# Speech stage benchmark").AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"- date: {run.Date}");
        md.AppendLine(CultureInfo.InvariantCulture, $"- commit: {run.Commit}");
        md.AppendLine(CultureInfo.InvariantCulture, $"- machine: {run.Machine}");
        md.AppendLine(CultureInfo.InvariantCulture, $"- command: `dotnet run -c Release --project bench/A11yFeed.Bench -- speech` ({repetitions} repetitions, interleaved)");
        md.AppendLine();
        md.AppendLine("| text | chars | pipeline | median wall | audio | × real time | peak memory |");
        md.AppendLine("|---|---|---|---|---|---|---|");
        foreach (var result in results)
        {
            foreach (var m in new[] { result.A11yFeed, result.Plain })
            {
                md.AppendLine(CultureInfo.InvariantCulture,
                    $"| {result.Text.Name} | {result.Text.Characters} | {m.Pipeline} | {m.MedianSeconds:0.00} s | {m.AudioSeconds:0.0} s | {m.TimesRealTime:0.0} | {m.PeakKilobytes / 1024.0:0} MB |");
            }
        }

        md.AppendLine();
        md.AppendLine("| text | ratio A11yFeed / plain (target ≤ 1.5) |");
        md.AppendLine("|---|---|");
        foreach (var result in results)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"| {result.Text.Name} | {result.Ratio:0.00} |");
        }

        md.AppendLine();
        md.AppendLine("A11yFeed: the whole speech stage (sentences split and prepared, spoken one espeak-ng run each, several at once, "
            + "joined with pauses, loudness measured and normalised with the true-peak limiter, lame, MP3 checked), the sentence "
            + "cache off, timed inside its own process (start-up excluded). Plain: `espeak-ng -v VOICE -s 158 --stdout | lame` on the "
            + "same prepared sentences, one a line (Chinese: the same voice, cmn-latn-pinyin). Peak memory: largest resident set "
            + "reported by GNU time (A11yFeed: its .NET process, runtime included; plain: the larger of espeak-ng and lame).");
        md.AppendLine();
        md.AppendLine("Texts: " + string.Join("; ", results.Select(r => $"{r.Text.Name} from {r.Text.Origin}")) + ".");
        return md.ToString();
    }

    public static string Json(RunInfo run, int repetitions, IReadOnlyList<SpeechResult> results) =>
        JsonSerializer.Serialize(new
        {
            run.Date,
            run.Commit,
            run.Machine,
            repetitions,
            texts = results.Select(r => new
            {
                name = r.Text.Name,
                origin = r.Text.Origin,
                language = r.Text.Language,
                characters = r.Text.Characters,
                ratio = Math.Round(r.Ratio, 3),
                pipelines = new[] { r.A11yFeed, r.Plain }.Select(m => new
                {
                    name = m.Pipeline,
                    wallSeconds = m.WallSeconds.Select(s => Math.Round(s, 3)),
                    medianSeconds = Math.Round(m.MedianSeconds, 3),
                    audioSeconds = Math.Round(m.AudioSeconds, 3),
                    timesRealTime = Math.Round(m.TimesRealTime, 2),
                    peakKilobytes = m.PeakKilobytes,
                }),
            }),
        }, JsonOptions);

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
