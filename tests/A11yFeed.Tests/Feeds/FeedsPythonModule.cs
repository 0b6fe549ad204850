using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;

namespace A11yFeed.Tests.Feeds;

/// <summary>
/// Runs an outside Python feed parser (feedparser, podcastparser) over our output: the parsers real readers use.
/// They are optional on a developer's machine, so tests using them skip when no interpreter can import them.
/// </summary>
internal static class FeedsPythonModule
{
    private static readonly string[] Interpreters = ["python3", "/usr/bin/python3"];
    private static readonly ConcurrentDictionary<string, string?> Found = new(StringComparer.Ordinal);

    /// <summary>The first interpreter that can import <paramref name="module"/>, or null.</summary>
    public static string? InterpreterFor(string module) =>
        Found.GetOrAdd(module, m => Interpreters.FirstOrDefault(python => Run(python, $"import {m}", null).ExitCode == 0));

    /// <summary>Runs <paramref name="script"/> with the file path as argv[1]; the script prints one JSON document.</summary>
    public static JsonElement RunJson(string module, string script, byte[] feed)
    {
        var python = InterpreterFor(module) ?? throw new InvalidOperationException($"No Python can import {module}.");
        var path = Path.Combine(Path.GetTempPath(), "a11yfeed-parse-" + Guid.NewGuid().ToString("N") + ".xml");
        File.WriteAllBytes(path, feed);
        try
        {
            var (exitCode, output, error) = Run(python, script, path);
            Assert.True(exitCode == 0, $"{module} script failed: {error}");
            using var json = JsonDocument.Parse(output);
            return json.RootElement.Clone();
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static (int ExitCode, string Output, string Error) Run(string python, string script, string? argument)
    {
        var start = new ProcessStartInfo(python) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        if (argument is not null)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEnd();
            if (!process.WaitForExit(TimeSpan.FromSeconds(30)))
            {
                process.Kill(entireProcessTree: true);
                return (-1, "", "timed out");
            }

            return (process.ExitCode, output.Result, error);
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            return (-1, "", ex.Message);
        }
    }
}

/// <summary>A fact that needs the Python module it names; skipped, with the reason, when none can import it.</summary>
public sealed class FeedsPythonFactAttribute : FactAttribute
{
    public FeedsPythonFactAttribute(string module)
    {
        if (FeedsPythonModule.InterpreterFor(module) is null)
        {
            Skip = $"Python module {module} is not installed (Debian: python3-{module}).";
        }
    }
}
