using System.Diagnostics;
using System.Text;

namespace A11yFeed.Tools;

/// <summary>
/// Runs an external tool (espeak-ng, lame) with an argument list, never through a shell, so text and titles
/// from news sites can never become commands. A tool that outlives its timeout or is cancelled is killed
/// with its children, so nothing keeps writing into a folder we are about to delete.
/// </summary>
internal static class ToolProcess
{
    private const int StandardErrorTailChars = 4000;
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <exception cref="TimeoutException">The tool ran longer than <paramref name="timeout"/>.</exception>
    /// <exception cref="System.ComponentModel.Win32Exception">The tool could not be started.</exception>
    public static async Task<ToolProcessResult> RunAsync(
        string fileName,
        IReadOnlyList<string> arguments,
        string? standardInput,
        TimeSpan timeout,
        CancellationToken cancellationToken,
        Stream? standardOutputTarget = null,
        Func<Stream, CancellationToken, Task>? writeStandardInput = null)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = Utf8,
            StandardErrorEncoding = Utf8,
            StandardOutputEncoding = Utf8,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        // lame converts ID3 text from the locale's charset; under "C" Chinese titles would come out empty.
        startInfo.Environment["LC_ALL"] = "C.UTF-8";

        cancellationToken.ThrowIfCancellationRequested();
        using var process = new Process { StartInfo = startInfo };
        process.Start();

        using var timeoutSource = new CancellationTokenSource(timeout);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeoutSource.Token);
        var standardError = ReadTailAsync(process.StandardError);
        var standardOutput = process.StandardOutput.BaseStream.CopyToAsync(standardOutputTarget ?? Stream.Null, CancellationToken.None);
        try
        {
            if (writeStandardInput is not null)
            {
                await WriteStreamAsync(process, writeStandardInput, linked.Token);
            }
            else
            {
                await WriteInputAsync(process, standardInput, linked.Token);
            }

            await process.WaitForExitAsync(linked.Token);
        }
        catch (OperationCanceledException)
        {
            Kill(process);
            cancellationToken.ThrowIfCancellationRequested();
            throw new TimeoutException($"{Path.GetFileName(fileName)} did not finish within {timeout} and was stopped.");
        }
        catch
        {
            // Whatever fed the tool failed: the tool must not outlive the request.
            Kill(process);
            throw;
        }

        await Task.WhenAll(standardError, standardOutput).WaitAsync(TimeSpan.FromSeconds(30), CancellationToken.None);
        return new ToolProcessResult(process.ExitCode, (await standardError).Trim());
    }

    private static async Task WriteStreamAsync(Process process, Func<Stream, CancellationToken, Task> write, CancellationToken cancellationToken)
    {
        try
        {
            await write(process.StandardInput.BaseStream, cancellationToken);
            await process.StandardInput.BaseStream.FlushAsync(cancellationToken);
            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The tool quit without reading all its input; its exit code and error text tell why.
        }
    }

    private static async Task WriteInputAsync(Process process, string? text, CancellationToken cancellationToken)
    {
        try
        {
            if (text is not null)
            {
                await process.StandardInput.WriteAsync(text.AsMemory(), cancellationToken);
                await process.StandardInput.FlushAsync(cancellationToken);
            }

            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The tool quit without reading all its input; its exit code and error text tell why.
        }
    }

    private static async Task<string> ReadTailAsync(StreamReader reader)
    {
        var tail = new StringBuilder();
        var buffer = new char[1024];
        int read;
        while ((read = await reader.ReadAsync(buffer, CancellationToken.None)) > 0)
        {
            tail.Append(buffer, 0, read);
            if (tail.Length > StandardErrorTailChars * 2)
            {
                tail.Remove(0, tail.Length - StandardErrorTailChars);
            }
        }

        return tail.Length > StandardErrorTailChars ? tail.ToString(tail.Length - StandardErrorTailChars, StandardErrorTailChars) : tail.ToString();
    }

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(TimeSpan.FromSeconds(10));
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }
}
