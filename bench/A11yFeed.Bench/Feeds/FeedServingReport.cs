using System.Globalization;
using System.Text.Json.Nodes;

namespace A11yFeed.Bench.Feeds;

/// <summary>
/// Turns the wrk measurements scripts/bench-feed-serving collected (lines "server response run requests/s")
/// into the "serving" section: medians per server and response, and A11yFeed's rate over nginx's.
/// </summary>
internal static class FeedServingReport
{
    public static JsonObject From(string measurementsPath, string feedBytes, string articles, string wrk, string nginx)
    {
        var rows = File.ReadAllLines(measurementsPath)
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(parts => parts.Length == 4)
            .Select(parts => (Server: parts[0], Response: parts[1], Run: int.Parse(parts[2], CultureInfo.InvariantCulture), Rate: double.Parse(parts[3], CultureInfo.InvariantCulture)))
            .ToList();
        var results = new JsonArray();
        foreach (var response in rows.Select(r => r.Response).Distinct())
        {
            double Median(string server) =>
                FeedGenerationBenchmark.Median([.. rows.Where(r => r.Server == server && r.Response == response).Select(r => r.Rate)]);
            var ours = Median("a11yfeed");
            var theirs = Median("nginx");
            results.Add(new JsonObject
            {
                ["response"] = response,
                ["a11yfeed"] = Math.Round(ours),
                ["nginx"] = Math.Round(theirs),
                ["ratio"] = Math.Round(ours / theirs, 2),
                ["runs"] = new JsonArray([.. rows.Where(r => r.Response == response).Select(r => (JsonNode)new JsonObject
                {
                    ["server"] = r.Server, ["run"] = r.Run, ["requestsPerSecond"] = r.Rate,
                })]),
            });
        }

        return new JsonObject
        {
            ["feedBytes"] = long.Parse(feedBytes, CultureInfo.InvariantCulture),
            ["articles"] = int.Parse(articles, CultureInfo.InvariantCulture),
            ["wrk"] = wrk,
            ["nginx"] = nginx,
            ["results"] = results,
            ["target"] = $">= {FeedsReport.ServingTarget}",
        };
    }
}
