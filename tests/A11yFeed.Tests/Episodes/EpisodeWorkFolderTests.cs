using System.Diagnostics;
using A11yFeed.Audio;
using A11yFeed.Episodes;
using Microsoft.Extensions.Time.Testing;

namespace A11yFeed.Tests.Episodes;

public sealed class EpisodeWorkFolderTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("a11yfeed-work-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    // A service killed mid-speech left its episode folders (WAVs, half an MP3) behind for good.
    [Fact]
    public void RemoveStale_RemovesFoldersOfEndedProcessesAndKeepsLiveOnes()
    {
        var clock = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        using var live = Process.Start(new ProcessStartInfo("sleep", "300"))!;
        int ended;
        using (var quick = Process.Start(new ProcessStartInfo("true"))!)
        {
            quick.WaitForExit();
            ended = quick.Id;
        }

        var options = new AudioOptions { WorkDirectory = _root };
        // Named for this process id but left before this process started: an earlier process that had the same id.
        var mine = EpisodeWorkFolder.Create(options);
        File.WriteAllBytes(Path.Combine(mine, "sentence-1.wav"), [1, 2, 3]);
        using (var self = Process.GetCurrentProcess())
        {
            Directory.SetLastWriteTimeUtc(mine, self.StartTime.ToUniversalTime().AddMinutes(-1));
        }

        // Made by this process after it started: another host in the same process is still speaking into it.
        var ours = EpisodeWorkFolder.Create(options);
        var dead = Directory.CreateDirectory(Path.Combine(_root, $"episode-{ended}-abc")).FullName;
        var alive = Directory.CreateDirectory(Path.Combine(_root, $"episode-{live.Id}-def")).FullName;
        var oldUnowned = Directory.CreateDirectory(Path.Combine(_root, "episode-0123abcd")).FullName;
        Directory.SetLastWriteTimeUtc(oldUnowned, clock.GetUtcNow().UtcDateTime.AddDays(-2));
        var newUnowned = Directory.CreateDirectory(Path.Combine(_root, "episode-4567cdef")).FullName;
        Directory.SetLastWriteTimeUtc(newUnowned, clock.GetUtcNow().UtcDateTime.AddHours(-1));
        var other = Directory.CreateDirectory(Path.Combine(_root, "unrelated")).FullName;

        var temp = Directory.CreateDirectory(Path.Combine(_root, "tmp")).FullName;
        var deadInTemp = Directory.CreateDirectory(Path.Combine(temp, $"a11yfeed-episode-{ended}-abc")).FullName;

        var removed = EpisodeWorkFolder.RemoveStale(options, clock, temp);
        live.Kill();

        Assert.Equal(new[] { mine, dead, oldUnowned, deadInTemp }.Order(), removed.Order());
        Assert.All(new[] { ours, alive, newUnowned, other }, folder => Assert.True(Directory.Exists(folder), folder));
    }
}
