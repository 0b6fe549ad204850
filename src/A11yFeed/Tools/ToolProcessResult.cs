namespace A11yFeed.Tools;

/// <summary>How an external tool ended; <see cref="StandardError"/> holds the tail of what it printed there.</summary>
internal sealed record ToolProcessResult(int ExitCode, string StandardError);
