using System.Diagnostics;
using A11yFeed.Audio;
using A11yFeed.Speech;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace A11yFeed.Tests.Speech;

/// <summary>A temp folder for one test, with helpers to write stand-in tools and build engines.</summary>
internal sealed class SpeechTestFolder : IDisposable
{
    public SpeechTestFolder() => Path = Directory.CreateTempSubdirectory("a11yfeed-speech-test-").FullName;

    public string Path { get; }

    public string Combine(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>
    /// A named pipe in the folder and the first line a stand-in tool writes to it: the tool's own signal that it has
    /// started, so a test acts on that rather than on a guess at how long starting takes. The bound is only for a
    /// tool that never starts.
    /// </summary>
    public (string Pipe, Task<string> Line) Signal(string name)
    {
        var pipe = Combine(name);
        using (var mkfifo = Process.Start("mkfifo", [pipe]))
        {
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        // Opening a pipe to read blocks until a writer opens it, hence its own thread.
        var line = Task.Run(() => File.ReadAllText(pipe).Trim()).WaitAsync(TimeSpan.FromMinutes(1));
        return (pipe, line);
    }

    /// <summary>Writes an executable shell script standing in for a real tool.</summary>
    public string WriteScript(string name, string body)
    {
        var path = Combine(name);
        File.WriteAllText(path, "#!/bin/sh\n" + body + "\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return path;
    }

    public static EspeakSpeechEngine Engine(SpeechOptions? options = null) =>
        new(Options.Create(options ?? new SpeechOptions()), NullLogger<EspeakSpeechEngine>.Instance);

    public static TimeSpan WaveDuration(string path)
    {
        var wave = WaveFileReader.Open(path);
        return wave.Format.DurationOf(wave.DataLength);
    }

    /// <summary>Whether a process is still alive a moment later (a killed one may take a few ms to be reaped).</summary>
    public static bool ProcessIsRunning(int pid)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(3))
        {
            var stat = $"/proc/{pid}/stat";
            if (!File.Exists(stat) || File.ReadAllText(stat).Split(") ")[^1].StartsWith('Z'))
            {
                return false;
            }

            Thread.Sleep(20);
        }

        return true;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
