using System.Diagnostics;
using A11yFeed.Audio;
using A11yFeed.Tests.Audio;
using A11yFeed.Tests.Speech;
using Microsoft.Extensions.Options;

namespace A11yFeed.Tests.Tools;

/// <summary>Outside tools die with the service, however it dies, and live as long as it does.</summary>
public sealed class ToolLauncherTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    [Theory]
    [InlineData("espeak-ng")]
    [InlineData("lame")]
    public async Task Tool_DiesWhenTheServiceIsKilled(string hungTool)
    {
        // Regression (security issue item 7): after kill -9 of the service its tools ran on. Real espeak-ng and
        // lame soon end by themselves (a broken pipe, the end of their input), so the stand-in ignores both.
        using var folder = new SpeechTestFolder();
        var pidFile = folder.Combine("tool.pid");
        var standIn = folder.WriteScript("hung-" + hungTool, $"echo $$ > \"{pidFile}\"; cat > /dev/null; exec sleep 300");
        var article = folder.Combine("article.txt");
        File.WriteAllText(article, "Library hours\n\nThe city library opens a reading room for older residents on Monday.\n");
        var start = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, "a11yfeed"), ["speak", article, "--out", folder.Combine("out")])
        {
            WorkingDirectory = folder.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment[hungTool == "lame" ? "Audio__LamePath" : "Speech__EspeakPath"] = standIn;
        start.Environment["Speech__CacheMaxBytes"] = "0";
        start.Environment["Storage__DataDirectory"] = folder.Combine("data");

        using var service = Process.Start(start)!;
        var tool = 0;
        try
        {
            Assert.True(await PollAsync(() => File.Exists(pidFile) && File.ReadAllText(pidFile).EndsWith('\n'), TimeSpan.FromMinutes(1)),
                $"the {hungTool} stand-in never started: {await ErrorOfAsync(service)}");
            tool = int.Parse(File.ReadAllText(pidFile).Trim());
            Assert.Equal(service.Id, ParentOf(tool));

            service.Kill();

            Assert.True(await PollAsync(() => !IsAlive(tool), Bound), $"{hungTool} (pid {tool}) outlived the killed service");
        }
        finally
        {
            if (tool != 0 && IsAlive(tool))
            {
                Process.GetProcessById(tool).Kill();
            }

            service.Kill();
        }
    }

    [Fact]
    public async Task Encode_LivesOnWhenTheThreadThatStartedItEnds()
    {
        // Regression: the parent-death signal follows the thread that started the tool, and idle thread-pool
        // threads retire; a tool started on one would be killed half-way through a long encode.
        using var folder = new SpeechTestFolder();
        var tone = AudioTestTools.Tone(folder, "tone.wav", seconds: 20, channels: 1);
        var mp3 = folder.Combine("out.mp3");
        var starterEnded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        string? starterThread = null;
        Task? encode = null;
        var starter = new Thread(() =>
        {
            starterThread = "/proc/" + new DirectoryInfo("/proc/thread-self").LinkTarget;
            encode = new Mp3Encoder(Options.Create(new AudioOptions())).EncodeAsync(
                async (input, cancellationToken) =>
                {
                    await starterEnded.Task;
                    await using var wave = File.OpenRead(tone);
                    await wave.CopyToAsync(input, cancellationToken);
                },
                mp3,
                new Mp3Tags("x", null, null, null, null, null),
                default);
        });

        starter.Start();
        starter.Join();
        Assert.True(await PollAsync(() => !Directory.Exists(starterThread), Bound), "the starting thread did not end");
        starterEnded.SetResult();
        await encode!;

        AudioTestTools.AssertDecodes(mp3);
        Assert.InRange(AudioTestTools.DecodedDuration(mp3), TimeSpan.FromSeconds(19.9), TimeSpan.FromSeconds(20.2));
    }

    private static async Task<bool> PollAsync(Func<bool> condition, TimeSpan bound)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > bound)
            {
                return false;
            }

            await Task.Delay(20);
        }

        return true;
    }

    /// <summary>Alive and not a zombie: a killed orphan may wait a moment for init to reap it.</summary>
    private static bool IsAlive(int pid) =>
        File.Exists($"/proc/{pid}/stat") && Stat(pid) is { } stat && !stat.StartsWith('Z');

    private static int ParentOf(int pid) => int.Parse(Stat(pid)!.Split(' ')[1]);

    /// <summary>The fields of /proc/PID/stat after the command name (state first), or null when it is gone.</summary>
    private static string? Stat(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/stat").Split(") ")[^1];
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static async Task<string> ErrorOfAsync(Process service) =>
        service.HasExited ? await service.StandardError.ReadToEndAsync() : "(still running)";
}
