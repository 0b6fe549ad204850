using System.Diagnostics;

namespace A11yFeed.Tests;

/// <summary>
/// The folders of src/A11yFeed use each other without a cycle, the shared vocabulary uses nothing, and only
/// Storage (and the Hangfire storage choice in Jobs) knows the database engine. The graph comes from
/// scripts/import-graph, the same command docs/architecture.md tells readers to run.
/// </summary>
public sealed class FolderImportGraphTests
{
    [Fact]
    public void Folders_ImportEachOtherWithoutACycle()
    {
        var (exitCode, output, errors) = ImportGraph("--check");

        Assert.True(exitCode == 0, $"scripts/import-graph --check failed:\n{errors}");
        Assert.Contains("Episodes -> Speech", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Model_ImportsNothingElseOfTheProject()
    {
        var edges = Edges();

        Assert.NotEmpty(edges);
        Assert.DoesNotContain(edges, e => e.From == "Model");
        Assert.Contains(edges, e => e.To == "Model");
    }

    [Fact]
    public void Audio_KnowsNothingOfArticlesOrSpeech()
    {
        var audio = Edges().Where(e => e.From == "Audio").Select(e => e.To);

        Assert.Empty(audio.Except(["Model", "Tools"]));
    }

    [Fact]
    public void OnlyStorage_KnowsTheDatabaseEngine()
    {
        var source = Path.Combine(RepositoryPaths.Root, "src", "A11yFeed");
        var knowing = Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => File.ReadAllText(f).Contains("Sqlite", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(source, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith("Storage/", StringComparison.Ordinal) && f != "Jobs/JobsServiceCollectionExtensions.cs")
            .ToList();

        Assert.Empty(knowing);
    }

    private static List<(string From, string To)> Edges() =>
        ImportGraph().Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(parts => parts.Length >= 3 && parts[1] == "->")
            .Select(parts => (parts[0], parts[2]))
            .ToList();

    private static (int ExitCode, string Output, string Errors) ImportGraph(params string[] arguments)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(RepositoryPaths.Root, "scripts", "import-graph"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result, errors.Result);
    }
}
