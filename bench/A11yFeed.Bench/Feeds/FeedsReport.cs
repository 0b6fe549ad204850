using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using A11yFeed.Bench.Extraction;

namespace A11yFeed.Bench.Feeds;

/// <summary>
/// bench/results/feeds.json holds a "generation" section and one serving section per storage provider ("serving" for
/// SQLite, "serving-postgres"), each written by its own run; feeds.md is redrawn from the JSON every time, so every
/// run keeps the others' last numbers.
/// </summary>
internal static class FeedsReport
{
    public const double GenerationTarget = 2.0;
    public const double ServingTarget = 0.5;

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>The section a serving run of this storage provider writes: "serving" (SQLite, as before) or "serving-postgres".</summary>
    public static string ServingSection(string provider) =>
        provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase) ? "serving" : "serving-" + provider.ToLowerInvariant();

    public static async Task UpdateAsync(string outDir, string section, RunInfo run, JsonNode data)
    {
        Directory.CreateDirectory(outDir);
        var jsonPath = Path.Combine(outDir, "feeds.json");
        var root = File.Exists(jsonPath) ? JsonNode.Parse(await File.ReadAllTextAsync(jsonPath))!.AsObject() : [];
        data["date"] = run.Date;
        data["commit"] = run.Commit;
        data["machine"] = run.Machine;
        root[section] = data;
        await File.WriteAllTextAsync(jsonPath, root.ToJsonString(Indented) + "\n");
        await File.WriteAllTextAsync(Path.Combine(outDir, "feeds.md"), Markdown(root));
    }

    public static JsonObject Generation(List<GenerationResult> results)
    {
        var small = results.Single(r => r.ArticlesPerSource == FeedGenerationBenchmark.Sizes[0]);
        var large = results.Single(r => r.ArticlesPerSource == FeedGenerationBenchmark.Sizes[^1] && r.FeedOrderIndex);
        var unindexed = results.Single(r => r.ArticlesPerSource == FeedGenerationBenchmark.Sizes[^1] && !r.FeedOrderIndex);
        return new JsonObject
        {
            ["pageSize"] = small.PageSize,
            ["results"] = new JsonArray([.. results.Select(r => (JsonNode)new JsonObject
            {
                ["articlesPerSource"] = r.ArticlesPerSource,
                ["feedOrderIndex"] = r.FeedOrderIndex,
                ["requests"] = r.Requests,
                ["medianMs"] = Math.Round(r.MedianMs, 3),
            })]),
            ["ratio"] = Math.Round(large.MedianMs / small.MedianMs, 2),
            ["ratioWithoutFeedOrderIndex"] = Math.Round(unindexed.MedianMs / small.MedianMs, 2),
            ["target"] = $"<= {GenerationTarget}",
        };
    }

    private static string Markdown(JsonObject root)
    {
        var md = new StringBuilder("# Feed benchmarks\n\n");
        if (root["generation"] is JsonObject generation)
        {
            md.Append("## Feed generation (`A11yFeed.Bench feed-generation`)\n\n");
            AppendRun(md, generation, "scripts/bench-feed-generation");
            md.Append(CultureInfo.InvariantCulture, $"First page of a source's RSS feed ({generation["pageSize"]} items): query and writing, as one request does, from a SQLite store with that many ready articles per source (two sources). Repetitions alternate between the stores.\n\n");
            md.Append("| articles per source | store | requests | median ms |\n|---|---|---|---|\n");
            foreach (var result in generation["results"]!.AsArray())
            {
                var store = (bool)result!["feedOrderIndex"]! ? "as the service creates it" : "without the feed-order index";
                md.Append(CultureInfo.InvariantCulture, $"| {result["articlesPerSource"]} | {store} | {result["requests"]} | {result["medianMs"]} |\n");
            }

            md.Append(CultureInfo.InvariantCulture, $"\nRatio 10,000 / 100: **{generation["ratio"]}×** as the service creates the store, ");
            md.Append(CultureInfo.InvariantCulture, $"target {generation["target"]}; **{generation["ratioWithoutFeedOrderIndex"]}×** without the index `IX_Articles_FeedOrder` the service creates (`Storage/StoragePreparation.cs`).\n\n");
        }

        foreach (var (section, provider) in new[] { ("serving", "Sqlite"), (ServingSection("Postgres"), "Postgres") })
        {
            if (root[section] is not JsonObject serving)
            {
                continue;
            }

            var command = provider == "Sqlite" ? "scripts/bench-feed-serving" : $"PROVIDER={provider} scripts/bench-feed-serving";
            md.Append(CultureInfo.InvariantCulture, $"## Feed serving, Storage:Provider={provider} (`{command}`)\n\n");
            AppendRun(md, serving, command);
            md.Append(CultureInfo.InvariantCulture, $"The same RSS feed ({serving["feedBytes"]} bytes, {serving["articles"]} ready articles, Release build) from `a11yfeed serve` on {(provider == "Sqlite" ? "SQLite" : "PostgreSQL (a throwaway local cluster)")} and from nginx {serving["nginx"]} as a static file, measured with `{serving["wrk"]}`, runs interleaved. 304: `If-None-Match` with each server's own entity tag.\n\n");
            md.Append("| response | A11yFeed req/s (median) | nginx req/s (median) | ratio |\n|---|---|---|---|\n");
            foreach (var result in serving["results"]!.AsArray())
            {
                md.Append(CultureInfo.InvariantCulture, $"| {result!["response"]} | {result["a11yfeed"]} | {result["nginx"]} | **{result["ratio"]}×** |\n");
            }

            md.Append(CultureInfo.InvariantCulture, $"\nTarget: ratio {serving["target"]} for both. Per-run numbers are in feeds.json.\n\n");
        }

        return md.ToString().TrimEnd() + "\n";
    }

    private static void AppendRun(StringBuilder md, JsonObject section, string command) =>
        md.Append(CultureInfo.InvariantCulture, $"- date: {section["date"]}\n- commit: {section["commit"]}\n- machine: {section["machine"]}\n- command: `{command}`\n\n");
}
