using A11yFeed.Bench.Extraction;

namespace A11yFeed.Bench.Polyphones;

/// <summary>
/// polyphones [--data DIR] [--out DIR] [--errors FILE] [--refit MODEL]: scores the reading on ../shared/polyphones and writes
/// bench/results/polyphones.md and .json (with --refit, fits the shipped model on them instead); skips when the data is absent (it is not part of a clone).
/// </summary>
internal static class PolyphoneCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        string? Option(string name)
        {
            var at = Array.IndexOf(args, name);
            return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
        }

        var root = RepositoryRoot.Find();
        var data = Path.GetFullPath(Option("--data") ?? Path.Combine(root, "..", "shared", "polyphones"));
        if (!File.Exists(Path.Combine(data, "cpp-dev.sent")) || !File.Exists(Path.Combine(data, "cpp-dev.lb")))
        {
            Console.WriteLine($"Skipped: no polyphone sentences at {data} (the outside data is not part of a clone).");
            return 0;
        }

        var sentences = PolyphoneSentence.Load(data);
        if (Option("--refit") is { } modelPath)
        {
            await using var model = new StreamWriter(modelPath);
            PolyphoneBenchmark.Refit(sentences, model, Path.GetRelativePath(root, data));
            Console.WriteLine($"Fitted on {sentences.Count} sentences; written to {modelPath}");
            return 0;
        }

        var run = RunInfo.From(Option("--date") ?? Environment.GetEnvironmentVariable("BENCH_DATE"),
            Option("--commit") ?? Environment.GetEnvironmentVariable("BENCH_COMMIT"), Path.GetRelativePath(root, data));
        await using var errors = Option("--errors") is { } errorsPath ? new StreamWriter(errorsPath) : null;
        var scores = PolyphoneBenchmark.Run(sentences, Console.Out, errors);
        var outDir = Option("--out") ?? Path.Combine(root, "bench", "results");
        Directory.CreateDirectory(outDir);
        var markdown = PolyphoneReport.Markdown(run, sentences.Count, scores, PolyphoneBenchmark.Notes);
        await File.WriteAllTextAsync(Path.Combine(outDir, "polyphones.md"), markdown);
        await File.WriteAllTextAsync(Path.Combine(outDir, "polyphones.json"), PolyphoneReport.Json(run, sentences.Count, scores) + "\n");
        Console.WriteLine();
        Console.WriteLine(markdown);
        return 0;
    }
}
