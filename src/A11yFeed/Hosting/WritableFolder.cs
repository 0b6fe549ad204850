namespace A11yFeed.Hosting;

/// <summary>Checks, before anything is written, that a folder the service or a verb writes into can be written.</summary>
public static class WritableFolder
{
    /// <summary>Creates <paramref name="path"/> if needed and writes a probe file into it; <paramref name="setting"/> names it in the refusal.</summary>
    public static void Ensure(string path, string setting)
    {
        var full = Path.GetFullPath(path);
        try
        {
            Directory.CreateDirectory(full);
            var probe = Path.Combine(full, $".write-check-{Environment.ProcessId}");
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new StartupRefusedException(
                $"{setting} '{full}' cannot be written: {exception.Message}", StartupRefusal.CannotWriteExitCode);
        }
    }
}
