using System.Collections.Concurrent;
using CliWrap;

namespace A11yFeed.Tools;

/// <summary>
/// Starts every outside tool so that it dies with the service, even when the service is killed with SIGKILL and
/// cannot clean up. On Linux each tool is started through util-linux's <c>setpriv --pdeathsig KILL</c>: the kernel
/// kills it when its parent goes. The kernel's "parent" is the thread that started the child, not the process, and
/// the thread pool retires idle threads, which would kill a long lame encode half-way; so every tool is started
/// from one thread that lives as long as the process.
/// </summary>
internal static class ToolLauncher
{
    private static readonly BlockingCollection<Action> Starts = new();

    static ToolLauncher() => new Thread(StartEach) { IsBackground = true, Name = "Tool launcher" }.Start();

    /// <summary>setpriv, when the system has it (Linux); elsewhere tools are started plainly.</summary>
    public static string? DeathSignalWrapper { get; } = OperatingSystem.IsLinux() ? ExecutableLocator.Find("setpriv") : null;

    /// <summary>The program and arguments that run <paramref name="executable"/> tied to this process's life.</summary>
    public static IReadOnlyList<string> CommandLine(string executable, IReadOnlyList<string> arguments) =>
        DeathSignalWrapper is { } setpriv
            ? [setpriv, "--pdeathsig", "KILL", "--", executable, .. arguments]
            : [executable, .. arguments];

    /// <summary>Starts <paramref name="command"/> on the launcher thread and waits for it to end; cancellation kills it.</summary>
    public static async Task<CommandResult> ExecuteAsync(Command command, CancellationToken cancellationToken)
    {
        var started = new TaskCompletionSource<CommandTask<CommandResult>>(TaskCreationOptions.RunContinuationsAsynchronously);
        // Adding never blocks (the queue is unbounded); cancellation is the command's business once it runs.
        Starts.Add(() => Start(command, started, cancellationToken), CancellationToken.None);
        return await await started.Task;
    }

    private static void Start(Command command, TaskCompletionSource<CommandTask<CommandResult>> started, CancellationToken cancellationToken)
    {
        try
        {
            // CliWrap forks in ExecuteAsync itself, before its first await: on this thread.
            started.SetResult(command.ExecuteAsync(cancellationToken));
        }
        catch (Exception ex)
        {
            started.SetException(ex);
        }
    }

    private static void StartEach()
    {
        foreach (var start in Starts.GetConsumingEnumerable())
        {
            start();
        }
    }
}
