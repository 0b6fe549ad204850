using System.Diagnostics;
using A11yFeed.Audio;

namespace A11yFeed.Episodes;

/// <summary>
/// The private folder an episode is put together in. Its name carries the process that made it, so a folder left by
/// a process that was killed can be told from one a running process still uses, and removed at the next start.
/// </summary>
public static class EpisodeWorkFolder
{
    /// <summary>The name's start in the system temp folder; in <see cref="AudioOptions.WorkDirectory"/> it is <see cref="Prefix"/>.</summary>
    public const string TempPrefix = "a11yfeed-episode-";

    public const string Prefix = "episode-";

    /// <summary>Folders whose owner cannot be read from the name (made before names carried it) count as stale after this.</summary>
    private static readonly TimeSpan UnownedAge = TimeSpan.FromDays(1);

    /// <summary>When this process started, by the system's clock, as the file times it is compared with are.</summary>
    private static readonly Lazy<DateTime> ProcessStartedUtc = new(() =>
    {
        using var self = Process.GetCurrentProcess();
        return self.StartTime.ToUniversalTime();
    });

    public static string Create(AudioOptions options)
    {
        var name = $"{Environment.ProcessId}-{Guid.NewGuid():N}";
        return options.WorkDirectory is { Length: > 0 } root
            ? Directory.CreateDirectory(Path.Combine(Path.GetFullPath(root), Prefix + name)).FullName
            : Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), TempPrefix + name)).FullName;
    }

    /// <summary>
    /// Removes the work folders no live process owns: those of processes that have ended, and those named for this
    /// process id but last written before this process started (a restarted container's service often gets the same
    /// id). A folder this process made is never removed, even when a second host in the same process starts.
    /// Returns the folders removed.
    /// </summary>
    public static IReadOnlyList<string> RemoveStale(AudioOptions options, TimeProvider clock) =>
        RemoveStale(options, clock, Path.GetTempPath());

    /// <summary>As above, with the system temp folder given, so tests never touch the machine's own.</summary>
    internal static IReadOnlyList<string> RemoveStale(AudioOptions options, TimeProvider clock, string tempFolder)
    {
        var places = new List<(string Folder, string Prefix)> { (tempFolder, TempPrefix) };
        if (options.WorkDirectory is { Length: > 0 } root)
        {
            places.Add((Path.GetFullPath(root), Prefix));
        }

        var removed = new List<string>();
        foreach (var (folder, prefix) in places.Where(p => Directory.Exists(p.Folder)))
        {
            foreach (var work in Directory.EnumerateDirectories(folder, prefix + "*"))
            {
                if (IsStale(Path.GetFileName(work)[prefix.Length..], work, clock) && TryDelete(work))
                {
                    removed.Add(work);
                }
            }
        }

        return removed;
    }

    private static bool IsStale(string name, string path, TimeProvider clock)
    {
        var dash = name.IndexOf('-', StringComparison.Ordinal);
        if (dash <= 0 || !int.TryParse(name[..dash], out var processId))
        {
            return clock.GetUtcNow() - Directory.GetLastWriteTimeUtc(path) > UnownedAge;
        }

        return processId == Environment.ProcessId
            ? Directory.GetLastWriteTimeUtc(path) < ProcessStartedUtc.Value
            : !IsRunning(processId);
    }

    private static bool IsRunning(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static bool TryDelete(string path)
    {
        try
        {
            Directory.Delete(path, recursive: true);
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
