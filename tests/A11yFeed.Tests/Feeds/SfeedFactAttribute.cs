namespace A11yFeed.Tests.Feeds;

/// <summary>A fact that needs the sfeed command-line feed parser (Debian package sfeed); skipped when it is not installed.</summary>
public sealed class SfeedFactAttribute : FactAttribute
{
    public SfeedFactAttribute()
    {
        if (Executable is null)
        {
            Skip = "sfeed is not installed (apt-get install sfeed, or scripts/system-packages test)";
        }
    }

    /// <summary>The sfeed binary found on PATH, or null.</summary>
    public static string? Executable { get; } =
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "sfeed"))
            .FirstOrDefault(File.Exists);
}
