using A11yFeed.Bench;
using A11yFeed.Bench.Extraction;
using A11yFeed.Bench.Polyphones;
using A11yFeed.Bench.Speech;
using A11yFeed.Bench.Text;

// Benchmarks for the pipeline stages. Usage:
//   A11yFeed.Bench extraction [--corpus DIR] [--out DIR] [--date TEXT] [--commit HASH] [--folds K] [--refit FILE]
//   A11yFeed.Bench inspect CORPUS [--page ID] [--corpus DIR]
//   A11yFeed.Bench speech [--repetitions N] [--out DIR] [--date TEXT] [--commit HASH]
//   A11yFeed.Bench text [--repetitions N] [--out DIR] [--date TEXT] [--commit HASH]  (docs/speech.md)
//   A11yFeed.Bench polyphones [--data DIR] [--out DIR] [--date TEXT] [--commit HASH]   (docs/speech.md)
//   A11yFeed.Bench feed-generation [--out DIR] [--date TEXT] [--commit HASH]     (docs/feeds.md)
//   A11yFeed.Bench feed-seed DIR COUNT, feed-serving-report ...                  (used by scripts/bench-feed-serving)
// Date and commit may also come from BENCH_DATE and BENCH_COMMIT.
if (args.Length > 0 && args[0].StartsWith("feed-", StringComparison.Ordinal))
{
    return await A11yFeed.Bench.Feeds.FeedsCommand.RunAsync(args);
}

if (args is ["speech-once", var textFile, var language, var work])
{
    return await SpeechOnce.RunAsync(textFile, language, work);
}

if (args.Length > 0 && args[0] == "polyphones")
{
    return await PolyphoneCommand.RunAsync(args);
}

if (args.Length == 0 || args[0] is not ("extraction" or "inspect" or "speech" or "text"))
{
    Console.Error.WriteLine("usage: A11yFeed.Bench extraction [--corpus DIR] [--out DIR] [--date TEXT] [--commit HASH]");
    Console.Error.WriteLine("       A11yFeed.Bench polyphones [--data DIR] [--out DIR] [--date TEXT] [--commit HASH]");
    Console.Error.WriteLine("       A11yFeed.Bench speech [--repetitions N] [--out DIR] [--date TEXT] [--commit HASH]");
    Console.Error.WriteLine("       A11yFeed.Bench text [--repetitions N] [--out DIR] [--date TEXT] [--commit HASH]");
    return 2;
}

string? Option(string name)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
}

var root = RepositoryRoot.Find();
if (args[0] == "text")
{
    var textRun = RunInfo.From(Option("--date") ?? Environment.GetEnvironmentVariable("BENCH_DATE"),
        Option("--commit") ?? Environment.GetEnvironmentVariable("BENCH_COMMIT"), "");
    return TextPreparationBenchmark.Run(root, int.Parse(Option("--repetitions") ?? "5", System.Globalization.CultureInfo.InvariantCulture), textRun,
        Option("--out") ?? Path.Combine(root, "bench", "results"), Console.Out);
}

if (args[0] == "speech")
{
    var repetitions = int.Parse(Option("--repetitions") ?? "3", System.Globalization.CultureInfo.InvariantCulture);
    var texts = SpeechTexts.Load(root);
    var speechRun = RunInfo.From(Option("--date") ?? Environment.GetEnvironmentVariable("BENCH_DATE"),
        Option("--commit") ?? Environment.GetEnvironmentVariable("BENCH_COMMIT"), "");
    var speechResults = await SpeechBenchmark.RunAsync(texts, repetitions, Console.Out);
    var speechOut = Option("--out") ?? Path.Combine(root, "bench", "results");
    Directory.CreateDirectory(speechOut);
    var speechMarkdown = SpeechReport.Markdown(speechRun, repetitions, speechResults);
    await File.WriteAllTextAsync(Path.Combine(speechOut, "speech.md"), speechMarkdown);
    await File.WriteAllTextAsync(Path.Combine(speechOut, "speech.json"), SpeechReport.Json(speechRun, repetitions, speechResults) + "\n");
    Console.WriteLine();
    Console.WriteLine(speechMarkdown);
    return 0;
}

var corpus = Path.GetFullPath(Option("--corpus") ?? Path.Combine(root, "..", "shared", "corpus"));
if (!Directory.Exists(corpus))
{
    Console.WriteLine($"Skipped: no corpus at {corpus} (the outside corpora are not part of a clone).");
    return 0;
}

if (args[0] == "inspect")
{
    // inspect CORPUS [--page ID]: pages worst first, or one page's output beside its label.
    PageInspector.Run(corpus, args.Length > 1 ? args[1] : CorpusLoader.Chinese, Option("--page"), Console.Out);
    return 0;
}

var run = RunInfo.From(Option("--date") ?? Environment.GetEnvironmentVariable("BENCH_DATE"),
    Option("--commit") ?? Environment.GetEnvironmentVariable("BENCH_COMMIT"),
    Path.GetRelativePath(root, corpus)); // relative to the clone, so results do not name this machine's folders
var folds = int.Parse(Option("--folds") ?? "5", System.Globalization.CultureInfo.InvariantCulture);
var (results, crossValidated) = ExtractionBenchmark.Run(corpus, folds, Console.Out);
if (Option("--refit") is { } modelFile && crossValidated is not null)
{
    // The shipped set is the in-sample fit: every labelled page of the development corpora.
    await File.WriteAllTextAsync(modelFile, crossValidated.InSample.Format(ReportWriter.ModelHeader(run, crossValidated)));
    Console.WriteLine($"Block model written to {modelFile}; rebuild to ship it.");
}

var outDir = Option("--out") ?? Path.Combine(root, "bench", "results");
Directory.CreateDirectory(outDir);
var markdown = ReportWriter.Markdown(run, results, crossValidated);
await File.WriteAllTextAsync(Path.Combine(outDir, "extraction.md"), markdown);
await File.WriteAllTextAsync(Path.Combine(outDir, "extraction.json"), ReportWriter.JsonReport(run, results, crossValidated));
Console.WriteLine();
Console.WriteLine(markdown);
Console.WriteLine($"Written to {Path.Combine(outDir, "extraction.md")} and extraction.json");
return 0;
