using System.Diagnostics;
using System.Globalization;
using System.Text;
using A11yFeed.Bench.Extraction;
using A11yFeed.Bench.Speech;
using A11yFeed.Text;
using Microsoft.Extensions.Options;

namespace A11yFeed.Bench.Text;

/// <summary>
/// How long the Mandarin front end takes to turn a whole article into the numbered pinyin espeak-ng reads: every
/// sentence of the seed article's body (or the Chinese demo article without ../shared), after one warm-up sentence
/// that loads the dictionary. Each repetition reads the article twice, one way after the other: with dictionary
/// words only (the reading before polyphones were settled from context) and as shipped (rules, model, sandhi), so
/// that the ratio comes from one run on one machine. Loading the dictionary and the model is timed once, cold.
/// </summary>
internal static class TextPreparationBenchmark
{
    public static int Run(string root, int repetitions, RunInfo run, string outDir, TextWriter log)
    {
        var loadAverage = LoadAverage();
        var text = SpeechTexts.Load(root).First(t => t.Language != "en");
        var sentences = text.Paragraphs.SelectMany(p => SentenceSplitter.Split(p)).ToList();
        var options = Options.Create(new TextOptions());

        // Wall clock and this process's CPU time: on a busy machine the wall clock grows with the load, the CPU time does not.
        var process = Process.GetCurrentProcess();
        (double Wall, double Cpu) Measure(Action action)
        {
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            action();
            var wall = watch.Elapsed.TotalSeconds;
            process.Refresh();
            return (wall, (process.TotalProcessorTime - cpu).TotalSeconds);
        }

        var folder = options.Value.ResolvedPinyinDataPath;
        var fromCache = false;
        var dictionary = Measure(() => PinyinDataLoader.Load(folder, out fromCache));
        var model = Measure(() => _ = PolyphoneResolver.Default.Model);
        var sources = Measure(() => PinyinDataLoader.LoadSources(
            Path.Combine(folder, PinyinDataLoader.WordsFile), Path.Combine(folder, PinyinDataLoader.CharactersFile)));
        var shipped = new SpeechTextPreparer(options);

        var before = new SpeechTextPreparer(options, PolyphoneResolver.None);
        double Time(SpeechTextPreparer preparer, out int syllables)
        {
            var watch = Stopwatch.StartNew();
            syllables = sentences.Sum(s => preparer.Prepare(s, text.Language, SpokenForm.Pinyin, PronunciationLexicon.Empty).Split(' ').Length);
            return watch.Elapsed.TotalMilliseconds;
        }

        // Untimed once each, so that neither is charged for just-in-time compilation.
        Time(before, out _);
        Time(shipped, out _);
        var beforeMs = new List<double>();
        var shippedMs = new List<double>();
        var count = 0;
        for (var i = 0; i < repetitions; i++)
        {
            beforeMs.Add(Time(before, out _));
            shippedMs.Add(Time(shipped, out count));
        }

        static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
        var ratio = Median(shippedMs) / Median(beforeMs);
        var md = new StringBuilder();
        md.AppendLine("# Mandarin reading speed").AppendLine();
        md.AppendLine($"- date: {run.Date}").AppendLine($"- commit: {run.Commit}").AppendLine($"- machine: {run.Machine}");
        md.AppendLine(CultureInfo.InvariantCulture, $"- text: {text.Name} ({text.Origin}), {sentences.Count} sentences, {text.Characters} characters, {count} syllables");
        md.AppendLine(CultureInfo.InvariantCulture, $"- command: `dotnet run -c Release --project bench/A11yFeed.Bench -- text --repetitions {repetitions}`").AppendLine();
        md.AppendLine("| reading | median | fastest | slowest |").AppendLine("|---|---|---|---|");
        md.AppendLine(CultureInfo.InvariantCulture, $"| dictionary words only (before) | {Median(beforeMs):0.0} ms | {beforeMs.Min():0.0} ms | {beforeMs.Max():0.0} ms |");
        md.AppendLine(CultureInfo.InvariantCulture, $"| rules + model + sandhi (shipped) | {Median(shippedMs):0.0} ms | {shippedMs.Min():0.0} ms | {shippedMs.Max():0.0} ms |").AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"Ratio shipped / before (medians, same run, interleaved, {repetitions} repetitions): **{ratio:0.00}** (target: at most 2).").AppendLine();
        var load = Environment.ProcessorCount;
        var how = fromCache ? "from the cache" : "parsed from the sources (no valid cache yet; it is written now)";
        md.AppendLine(CultureInfo.InvariantCulture, $"Loading, cold (first thing in the process), wall clock / CPU time: pronunciation dictionary {dictionary.Wall:0.00} s / {dictionary.Cpu:0.00} s {how}, polyphone model {model.Wall:0.00} s / {model.Cpu:0.00} s (target: under 1 s).").AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"For comparison, parsing the JSON sources afterwards in the same process: {sources.Wall:0.00} s / {sources.Cpu:0.00} s.").AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"Load average at the start: {loadAverage} ({load} cores).");
        log.WriteLine(md.ToString());
        Directory.CreateDirectory(outDir);
        File.WriteAllText(Path.Combine(outDir, "text.md"), md.ToString());
        return 0;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
