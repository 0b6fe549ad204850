using System.Diagnostics;
using System.Text.Json;

namespace A11yFeed.Tests.Feeds;

/// <summary>
/// Runs tests/clients/read-feed.mjs, which reads a feed URL with an npm feed parser (podcast-partytime,
/// rss-parser) and prints what it understood as JSON. scripts/test installs the parsers with npm ci.
/// </summary>
internal static class NodeFeedClients
{
    public static string? Folder { get; } = FindFolder();

    public static bool Installed =>
        Folder is not null && Directory.Exists(Path.Combine(Folder, "node_modules", "podcast-partytime"))
        && Directory.Exists(Path.Combine(Folder, "node_modules", "rss-parser"));

    public static async Task<JsonElement> ReadAsync(string parser, Uri feed)
    {
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = Folder!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "read-feed.mjs", parser, feed.AbsoluteUri })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"{parser} failed on {feed}: {await error}");
        using var json = JsonDocument.Parse(await output);
        return json.RootElement.Clone();
    }

    private static string? FindFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var folder = Path.Combine(dir.FullName, "tests", "clients");
            if (File.Exists(Path.Combine(folder, "read-feed.mjs")))
            {
                return folder;
            }
        }

        return null;
    }
}

/// <summary>A fact that needs the npm feed parsers; skipped only when tests/clients/node_modules is absent.</summary>
public sealed class NodeFeedClientsFactAttribute : FactAttribute
{
    public NodeFeedClientsFactAttribute()
    {
        if (!NodeFeedClients.Installed)
        {
            Skip = "tests/clients/node_modules is absent: run scripts/test, or npm ci --ignore-scripts in tests/clients";
        }
    }
}
