namespace A11yFeed.Tools;

/// <summary>Finds an external tool the way a shell would, without running one.</summary>
internal static class ExecutableLocator
{
    public static string? Find(string nameOrPath)
    {
        if (string.IsNullOrWhiteSpace(nameOrPath))
        {
            return null;
        }

        if (nameOrPath.Contains('/') || Path.IsPathRooted(nameOrPath))
        {
            return IsExecutable(nameOrPath) ? Path.GetFullPath(nameOrPath) : null;
        }

        var searchPath = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var folder in searchPath.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(folder, nameOrPath);
            if (IsExecutable(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static bool IsExecutable(string path)
    {
        if (!File.Exists(path))
        {
            return false;
        }

        if (OperatingSystem.IsWindows())
        {
            return true;
        }

        const UnixFileMode anyExecute = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
        return (File.GetUnixFileMode(path) & anyExecute) != 0;
    }
}
