namespace A11yFeed.Hosting;

/// <summary>The service or a verb cannot start as configured; the message says why and what to change.</summary>
public sealed class StartupRefusedException(string message, int exitCode) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
