namespace A11yFeed.Tests.Extraction;

/// <summary>Locates the repository root, the committed fixtures and the outside corpora beside the repository.</summary>
internal static class ExtractionPaths
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string Shared => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));

    public static string Fixtures => Path.Combine(RepoRoot, "tests", "A11yFeed.Tests", "Fixtures", "Extraction");

    public static string Golden => Path.Combine(RepoRoot, "tests", "A11yFeed.Tests", "Golden", "Extraction");

    private static string FindRepoRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "A11yFeed.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("A11yFeed.sln not found above the test output folder.");
    }
}
