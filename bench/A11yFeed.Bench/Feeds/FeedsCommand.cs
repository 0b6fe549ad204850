using System.Globalization;
using A11yFeed.Bench.Extraction;

namespace A11yFeed.Bench.Feeds;

/// <summary>The feed benchmarks' subcommands: feed-generation, feed-seed and feed-serving-report.</summary>
internal static class FeedsCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        string? Option(string name)
        {
            var at = Array.IndexOf(args, name);
            return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
        }

        var root = RepositoryRoot.Find();
        var outDir = Option("--out") ?? Path.Combine(root, "bench", "results");
        var run = RunInfo.From(Option("--date") ?? Environment.GetEnvironmentVariable("BENCH_DATE"),
            Option("--commit") ?? Environment.GetEnvironmentVariable("BENCH_COMMIT"), "");
        switch (args[0])
        {
            case "feed-generation":
                var repetitions = int.Parse(Option("--repetitions") ?? "10", CultureInfo.InvariantCulture);
                var results = await FeedGenerationBenchmark.RunAsync(repetitions, requestsPerRepetition: 50, Console.Out);
                await FeedsReport.UpdateAsync(outDir, "generation", run, FeedsReport.Generation(results));
                Console.WriteLine(await File.ReadAllTextAsync(Path.Combine(outDir, "feeds.md")));
                return 0;
            case "feed-seed" when args.Length is 3 or 5:
                await FeedSeed.CreateAsync(args[1], int.Parse(args[2], CultureInfo.InvariantCulture), Option("--postgres"));
                return 0;
            case "feed-serving-report" when Option("--measurements") is { } measurements:
                var provider = Option("--provider") ?? "Sqlite";
                var serving = FeedServingReport.From(
                    measurements, Option("--feed-bytes") ?? "0", Option("--articles") ?? "0", Option("--wrk") ?? "wrk", Option("--nginx") ?? "");
                serving["provider"] = provider;
                await FeedsReport.UpdateAsync(outDir, FeedsReport.ServingSection(provider), run, serving);
                Console.WriteLine(await File.ReadAllTextAsync(Path.Combine(outDir, "feeds.md")));
                return 0;
            default:
                Console.Error.WriteLine(
                    "usage: A11yFeed.Bench feed-generation [--repetitions N] [--out DIR] | feed-seed DIR COUNT [--postgres CONNECTION] | "
                    + "feed-serving-report --measurements FILE --feed-bytes N --articles N --wrk TEXT --nginx VERSION [--provider Sqlite|Postgres] [--out DIR]");
                return 2;
        }
    }
}
