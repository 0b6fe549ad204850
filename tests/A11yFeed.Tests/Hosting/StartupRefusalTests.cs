using System.Diagnostics;
using System.Runtime.Versioning;
using A11yFeed.Hosting;

namespace A11yFeed.Tests.Hosting;

/// <summary>
/// The built <c>a11yfeed</c> executable, run as a child process, refusing to start: one message on standard error,
/// an exit code of its own, no stack trace.
/// </summary>
[UnsupportedOSPlatform("windows")]
public sealed class StartupRefusalTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("a11yfeed-refusal-").FullName;

    public StartupRefusalTests() => Directory.CreateDirectory(Feeds);

    private string Feeds => Path.Combine(_root, "feeds");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task Serve_WithAMissingFeedsFolder_ExitsWithTheConfigurationCode()
    {
        var missing = Path.Combine(_root, "no-such-feeds");

        var run = await RunAsync(readOnly: null, "serve", $"--Sources:Directory={missing}", $"--Storage:DataDirectory={Path.Combine(_root, "data")}", "--urls", "http://127.0.0.1:0");

        // This ended in an unhandled exception: SIGABRT, exit code 134 and a stack trace.
        Assert.Equal(StartupRefusal.ConfigurationExitCode, run.ExitCode);
        Assert.Contains($"{missing}: the sources folder does not exist", run.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Worker")]
    [InlineData("Web")]
    public async Task Serve_ARoleOtherThanAllOnSqlite_ExitsWithTheConfigurationCode(string role)
    {
        var run = await RunAsync(readOnly: null, "serve", $"--Jobs:Role={role}", $"--Sources:Directory={Feeds}", $"--Storage:DataDirectory={Path.Combine(_root, "data")}", "--urls", "http://127.0.0.1:0");

        Assert.Equal(StartupRefusal.ConfigurationExitCode, run.ExitCode);
        Assert.Contains($"Jobs:Role={role} needs Storage:Provider=Postgres", run.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_PostgresWithoutAConnectionString_ExitsWithTheConfigurationCode()
    {
        var run = await RunAsync(readOnly: null, "serve", "--Storage:Provider=Postgres", $"--Sources:Directory={Feeds}", $"--Storage:DataDirectory={Path.Combine(_root, "data")}", "--urls", "http://127.0.0.1:0");

        Assert.Equal(StartupRefusal.ConfigurationExitCode, run.ExitCode);
        Assert.Contains("Storage:ConnectionString is required when Storage:Provider is Postgres", run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_WithAReadOnlyDataFolder_ExitsWithTheCannotWriteCode()
    {
        var data = Path.Combine(_root, "data");

        var run = await RunAsync(readOnly: data, "serve", $"--Sources:Directory={Feeds}", $"--Storage:DataDirectory={data}", "--urls", "http://127.0.0.1:0");

        // This ended in an unhandled UnauthorizedAccessException: SIGABRT, exit code 134 and a stack trace.
        Assert.Equal(StartupRefusal.CannotWriteExitCode, run.ExitCode);
        Assert.Contains($"Storage:DataDirectory '{data}' cannot be written", run.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Errors, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(data));
    }

    [Fact]
    public async Task Speak_IntoAReadOnlyFolder_ExitsWithTheCannotWriteCode()
    {
        var parent = Path.Combine(_root, "episodes");
        var article = Path.Combine(RepositoryPaths.Feeds, "demo", "en", "park-benches.html");

        var run = await RunAsync(readOnly: parent, "speak", article, "--out", Path.Combine(parent, "out"));

        // The verb crashed on creating its output folder, with exit code 134 and a stack trace.
        Assert.Equal(StartupRefusal.CannotWriteExitCode, run.ExitCode);
        Assert.Contains($"--out '{Path.Combine(parent, "out")}' cannot be written", run.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_WithAnInvalidSettingInTheEnvironment_ExitsWithTheConfigurationCode()
    {
        var article = Path.Combine(RepositoryPaths.Feeds, "demo", "en", "park-benches.html");

        var run = await RunAsync(readOnly: null, ["extract", article], new() { ["Fetch__MaxRedirects"] = "-5" });

        // The verb crashed with an unhandled OptionsValidationException and a stack trace.
        Assert.Equal(StartupRefusal.ConfigurationExitCode, run.ExitCode);
        Assert.Contains("MaxRedirects", run.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Errors, StringComparison.Ordinal);
    }

    private Task<(int ExitCode, string Errors)> RunAsync(string? readOnly, params string[] arguments) =>
        RunAsync(readOnly, arguments, []);

    /// <summary>
    /// Runs the executable built beside the tests. <paramref name="readOnly"/> is made a folder its user cannot write:
    /// mode 555, and for root (whom modes do not stop) a read-only bind mount of it in a mount namespace of the
    /// child's own. (Running the child as an unprivileged user instead fails wherever the checkout itself is private.)
    /// </summary>
    private async Task<(int ExitCode, string Errors)> RunAsync(string? readOnly, string[] arguments, Dictionary<string, string> environment)
    {
        var executable = Path.Combine(AppContext.BaseDirectory, "a11yfeed");
        var start = new ProcessStartInfo { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = _root };
        if (readOnly is not null)
        {
            Directory.CreateDirectory(readOnly);
            File.SetUnixFileMode(readOnly, (UnixFileMode)0b101_101_101);
        }

        if (readOnly is not null && Environment.IsPrivilegedProcess)
        {
            start.FileName = "unshare";
            foreach (var argument in (string[])
                ["--mount", "--propagation", "private", "sh", "-c",
                 "mount --bind \"$0\" \"$0\" && mount -o remount,ro,bind \"$0\" && shift && exec \"$@\"", readOnly, "--", executable])
            {
                start.ArgumentList.Add(argument);
            }
        }
        else
        {
            start.FileName = executable;
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        // A guard against a service that starts after all; a refusal exits at once.
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(guard.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"a11yfeed {string.Join(' ', arguments)} started instead of refusing:\n{await errors}");
        }

        await output;
        return (process.ExitCode, await errors);
    }
}
