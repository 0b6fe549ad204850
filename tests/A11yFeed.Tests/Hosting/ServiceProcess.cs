using System.Diagnostics;

namespace A11yFeed.Tests.Hosting;

/// <summary>
/// The built <c>a11yfeed</c> executable running as a child process on a folder of its own, killed the hard way
/// (SIGKILL, as by the kernel or <c>kill -9</c>) when a test says so. Its output goes to <c>service.log</c> in the folder.
/// </summary>
public sealed class ServiceProcess : IDisposable
{
    private readonly Process _process;

    private ServiceProcess(Process process) => _process = process;

    public int Id => _process.Id;

    public static ServiceProcess Start(string folder, IEnumerable<string> arguments)
    {
        var log = Path.Combine(folder, "service.log");
        var start = new ProcessStartInfo("/bin/sh") { WorkingDirectory = folder };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("exec \"$0\" \"$@\" >>service.log 2>&1");
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "a11yfeed"));
        start.ArgumentList.Add("serve");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        File.AppendAllText(log, $"--- start {string.Join(' ', start.ArgumentList.Skip(3))}\n");
        return new ServiceProcess(Process.Start(start)!);
    }

    /// <summary>Kills the service with SIGKILL, then the programs it had started, which a real crash would leave running.</summary>
    public void KillHard()
    {
        var children = Descendants(_process.Id);
        _process.Kill();
        _process.WaitForExit();
        foreach (var child in children)
        {
            try
            {
                using var orphan = Process.GetProcessById(child);
                orphan.Kill();
            }
            catch (Exception exception) when (exception is ArgumentException or InvalidOperationException)
            {
                // Already gone.
            }
        }
    }

    /// <summary>Every process below <paramref name="processId"/>, read from /proc.</summary>
    public static IReadOnlyList<int> Descendants(int processId)
    {
        var parents = new Dictionary<int, int>();
        foreach (var stat in Directory.EnumerateDirectories("/proc").Select(d => Path.Combine(d, "stat")))
        {
            try
            {
                var text = File.ReadAllText(stat);
                var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
                parents[int.Parse(Path.GetFileName(Path.GetDirectoryName(stat)!))] = int.Parse(fields[1]);
            }
            catch (Exception exception) when (exception is IOException or FormatException or UnauthorizedAccessException or ArgumentException)
            {
                // Not a process folder, or the process ended while it was read.
            }
        }

        var found = new List<int>();
        var next = new Queue<int>([processId]);
        while (next.TryDequeue(out var parent))
        {
            foreach (var child in parents.Where(p => p.Value == parent).Select(p => p.Key))
            {
                found.Add(child);
                next.Enqueue(child);
            }
        }

        return found;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            KillHard();
        }

        _process.Dispose();
    }
}
