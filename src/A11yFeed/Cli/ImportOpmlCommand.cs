using A11yFeed.Sources;

namespace A11yFeed.Cli;

/// <summary>
/// <c>a11yfeed import-opml FILE [--feeds-dir DIR]</c>: a source definition per feed in an OPML subscription list,
/// written next to the existing ones; prints each file created and each feed skipped.
/// </summary>
internal static class ImportOpmlCommand
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        string? file = null;
        var feedsDirectory = new SourcesOptions().Directory;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--feeds-dir" && i + 1 < args.Length)
            {
                feedsDirectory = args[++i];
            }
            else if (file is null && !args[i].StartsWith("--", StringComparison.Ordinal))
            {
                file = args[i];
            }
            else
            {
                return CommandLine.UsageError(error, "import-opml takes one OPML file and optionally --feeds-dir DIR.");
            }
        }

        if (file is null)
        {
            return CommandLine.UsageError(error, "import-opml takes one OPML file and optionally --feeds-dir DIR.");
        }

        OpmlImporter.Result result;
        try
        {
            using var opml = File.OpenRead(file);
            result = OpmlImporter.Import(opml, feedsDirectory);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"a11yfeed: {file}: cannot be read or the feeds folder cannot be written ({ex.GetType().Name})");
            return 1;
        }

        if (result.Problem is { } problem)
        {
            error.WriteLine($"a11yfeed: {file}: {problem}");
            return 1;
        }

        foreach (var created in result.Created)
        {
            output.WriteLine($"created {created.DefinitionFile}  {created.Title}  <{created.Location}>  language {created.Language}");
        }

        foreach (var skipped in result.Skipped)
        {
            output.WriteLine($"skipped <{skipped.Location}>: {skipped.Reason}");
        }

        output.WriteLine($"{result.Created.Count} sources created, {result.Skipped.Count} feeds skipped.");
        return 0;
    }
}
