namespace A11yFeed.Tests.Extraction;

/// <summary>The extraction fixtures and golden files, and the outside corpora beside the repository.</summary>
internal static class ExtractionPaths
{
    public static string RepoRoot => RepositoryPaths.Root;

    public static string Shared => RepositoryPaths.Shared;

    public static string Fixtures => Path.Combine(RepoRoot, "tests", "A11yFeed.Tests", "Fixtures", "Extraction");

    public static string Golden => Path.Combine(RepoRoot, "tests", "A11yFeed.Tests", "Golden", "Extraction");
}
