using A11yFeed.Bench;
using A11yFeed.Bench.Extraction;
using A11yFeed.Bench.Speech;

// Benchmarks for the pipeline stages. Usage:
//   A11yFeed.Bench extraction [--corpus DIR] [--out DIR] [--date TEXT] [--commit HASH]
//   A11yFeed.Bench speech [--repetitions N] [--out DIR] [--date TEXT] [--commit HASH]
// Date and commit may also come from BENCH_DATE and BENCH_COMMIT.
if (args is ["speech-once", var textFile, var language, var work])
{
    return await SpeechOnce.RunAsync(textFile, language, work);
}

if (args.Length == 0 || args[0] is not ("extraction" or "speech"))
{
    Console.Error.WriteLine("usage: A11yFeed.Bench extraction [--corpus DIR] [--out DIR] [--date TEXT] [--commit HASH]");
    Console.Error.WriteLine("       A11yFeed.Bench speech [--repetitions N] [--out DIR] [--date TEXT] [--commit HASH]");
    return 2;
}

string? Option(string name)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
}

var root = RepositoryRoot.Find();
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

var run = RunInfo.From(Option("--date") ?? Environment.GetEnvironmentVariable("BENCH_DATE"),
    Option("--commit") ?? Environment.GetEnvironmentVariable("BENCH_COMMIT"),
    Path.GetRelativePath(root, corpus)); // relative to the clone, so results do not name this machine's folders
var results = ExtractionBenchmark.Run(corpus, Console.Out);

var outDir = Option("--out") ?? Path.Combine(root, "bench", "results");
Directory.CreateDirectory(outDir);
var markdown = ReportWriter.Markdown(run, results);
await File.WriteAllTextAsync(Path.Combine(outDir, "extraction.md"), markdown);
await File.WriteAllTextAsync(Path.Combine(outDir, "extraction.json"), ReportWriter.JsonReport(run, results));
Console.WriteLine();
Console.WriteLine(markdown);
Console.WriteLine($"Written to {Path.Combine(outDir, "extraction.md")} and extraction.json");
return 0;
