using A11yFeed.Sources;
using Microsoft.Extensions.Options;

namespace A11yFeed.Hosting;

/// <summary>
/// Turns the refusals of start-up (bad source definitions, bad settings, a data folder that cannot be written) into
/// one message on standard error and an exit code of their own, instead of an unhandled exception, an abort and a
/// stack trace. Anything else is a bug and still fails loudly.
/// </summary>
public static class StartupRefusal
{
    /// <summary>A setting or a source definition is invalid (sysexits' EX_CONFIG).</summary>
    public const int ConfigurationExitCode = 78;

    /// <summary>A folder the service must write to cannot be created or written (sysexits' EX_CANTCREAT).</summary>
    public const int CannotWriteExitCode = 73;

    public static async Task<int> GuardAsync(Func<Task<int>> run, TextWriter error)
    {
        try
        {
            return await run();
        }
        catch (Exception exception) when (ExitCodeFor(exception) is { } exitCode)
        {
            error.WriteLine($"a11yfeed: cannot start: {Describe(exception)}");
            return exitCode;
        }
    }

    private static int? ExitCodeFor(Exception exception) => exception switch
    {
        StartupRefusedException refused => refused.ExitCode,
        SourceDefinitionException or OptionsValidationException => ConfigurationExitCode,
        // ValidateOnStart reports several invalid sections at once.
        AggregateException { InnerExceptions: var inner } when inner.All(e => ExitCodeFor(e) == ConfigurationExitCode) => ConfigurationExitCode,
        _ => null,
    };

    private static string Describe(Exception exception) => exception is AggregateException aggregate
        ? string.Join(Environment.NewLine, aggregate.InnerExceptions.Select(e => e.Message))
        : exception.Message;
}
