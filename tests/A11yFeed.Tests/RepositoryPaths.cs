namespace A11yFeed.Tests;

/// <summary>Where the repository and the outside corpora beside it (<c>../shared</c>) are, seen from the test binaries.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The outside corpora and seed; absent on a user's fresh clone, so tests using it skip.</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string Seed => Path.Combine(Shared, "seed", "000_83e3bc4ecb8016a0.txt");

    public static string Feeds => Path.Combine(Root, "feeds");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "A11yFeed.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The tests run from outside the repository: A11yFeed.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>A fact that needs <c>../shared</c>; skipped, with the reason, when it is absent.</summary>
public sealed class SharedFactAttribute : FactAttribute
{
    public SharedFactAttribute()
    {
        if (!Directory.Exists(RepositoryPaths.Shared))
        {
            Skip = $"{RepositoryPaths.Shared} is absent: outside corpora are not part of a clone.";
        }
    }
}
