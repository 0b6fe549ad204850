using System.ComponentModel;
using System.Runtime.ExceptionServices;
using System.Text;
using CliWrap;

namespace A11yFeed.Tools;

/// <summary>
/// Runs an outside tool (espeak-ng, lame) with an argument list, never through a shell, so text and titles from
/// news sites can never become commands. A tool that outlives its timeout or is cancelled is killed with its
/// children, so nothing keeps writing into a folder we are about to delete. Every failure becomes one
/// <see cref="ToolException"/> worded the same way for every tool.
/// </summary>
internal static class ToolRunner
{
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <exception cref="ToolException">Nothing executable is at <paramref name="configuredPath"/> or on PATH by that name.</exception>
    public static string Locate(string name, string configuredPath) =>
        ExecutableLocator.Find(configuredPath) ?? throw new ToolException($"{name} was not found at '{configuredPath}'.");

    public static PipeSource Text(string text) => PipeSource.FromString(text, Utf8);

    /// <exception cref="ToolException">The tool could not start, ran longer than <paramref name="timeout"/> or exited non-zero.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled; the tool was killed.</exception>
    public static async Task RunAsync(
        string name,
        string executable,
        IReadOnlyList<string> arguments,
        PipeSource input,
        PipeTarget output,
        TimeSpan timeout,
        CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var timeoutSource = new CancellationTokenSource(timeout);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeoutSource.Token);
        var errors = new StandardErrorTail();
        Exception? feedFailure = null;
        var commandLine = ToolLauncher.CommandLine(executable, arguments);
        var command = CliWrap.Cli.Wrap(commandLine[0])
            .WithArguments(commandLine.Skip(1))
            // lame converts ID3 text from the locale's charset; under "C" Chinese titles would come out empty.
            .WithEnvironmentVariables(variables => variables.Set("LC_ALL", "C.UTF-8"))
            .WithStandardInputPipe(FedFromThePool(input, stop, failure => feedFailure = failure))
            .WithStandardOutputPipe(output)
            .WithStandardErrorPipe(errors)
            .WithValidation(CommandResultValidation.None);

        CommandResult result;
        try
        {
            result = await ToolLauncher.ExecuteAsync(command, stop.Token);
        }
        catch (Exception) when (feedFailure is not null)
        {
            // The tool was killed because what fed it failed: that failure is the story, not the kill.
            ExceptionDispatchInfo.Throw(feedFailure);
            throw;
        }
        catch (OperationCanceledException ex) when (cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException($"{name} was cancelled and stopped.", ex, cancellationToken);
        }
        catch (OperationCanceledException ex) when (timeoutSource.IsCancellationRequested)
        {
            throw new ToolException($"{name} did not finish within {timeout} and was stopped.", ex);
        }
        catch (Win32Exception ex)
        {
            throw new ToolException($"{name} could not be started from '{executable}'.", ex);
        }

        if (result.ExitCode != 0)
        {
            // setpriv's own "failed to execute" (126, 127) is the tool failing to start, not the tool failing.
            throw result.ExitCode is 126 or 127 && errors.Text.StartsWith("setpriv:", StringComparison.Ordinal)
                ? new ToolException($"{name} could not be started from '{executable}': {errors.Text}")
                : new ToolException($"{name} failed with exit code {result.ExitCode}: {errors.Text}");
        }
    }

    /// <summary>
    /// Feeds the tool from the thread pool, never from the launcher thread that started it, and kills the tool if
    /// what feeds it fails: the tool must not outlive the request.
    /// </summary>
    private static PipeSource FedFromThePool(PipeSource input, CancellationTokenSource stop, Action<Exception> failed) =>
        PipeSource.Create(async (destination, cancellationToken) =>
        {
            await Task.Yield();
            try
            {
                await input.CopyToAsync(destination, cancellationToken);
            }
            catch (Exception ex) when (ex.GetType() != typeof(IOException) && !cancellationToken.IsCancellationRequested)
            {
                // A plain IOException is the tool closing its input early, and a cancelled feed is the tool having
                // ended or been stopped; either way the tool's own result says why.
                failed(ex);
                await stop.CancelAsync();
                throw;
            }
        });
}
