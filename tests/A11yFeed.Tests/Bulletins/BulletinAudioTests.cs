using System.Globalization;
using System.Text.Json;
using A11yFeed.Bulletins;
using A11yFeed.Storage;
using A11yFeed.Tests.Audio;
using A11yFeed.Tests.Hosting;

namespace A11yFeed.Tests.Bulletins;

/// <summary>
/// A bulletin of two real episodes, judged by ffmpeg and ffprobe: its ID3 chapters against its JSON chapters, its
/// loudness, and its length against the parts it was made of.
/// </summary>
[Collection(ApplicationCollection.Name)]
public sealed class BulletinAudioTests(BulletinAudioTests.TwoEpisodeDay day) : IClassFixture<BulletinAudioTests.TwoEpisodeDay>
{
    public static readonly DateOnly Date = new(2026, 11, 28);

    public sealed class TwoEpisodeDay : IAsyncLifetime
    {
        public BulletinDay Day { get; private set; } = null!;
        public List<Article> Articles { get; } = [];
        public BulletinBuildResult FirstBuild { get; private set; }

        public async Task InitializeAsync()
        {
            Day = BulletinDay.Start("harbour", "Harbour News", "en", new DateTimeOffset(2026, 11, 28, 18, 0, 0, TimeSpan.Zero));
            Articles.Add(await Day.AddEpisodeAsync(
                "Night bus route extended",
                "The number 9 night bus now runs to the hospital gate. The last bus leaves at one in the morning.",
                new DateTimeOffset(2026, 11, 28, 8, 0, 0, TimeSpan.Zero)));
            Articles.Add(await Day.AddEpisodeAsync(
                "Library opens on Sundays",
                "The central library opens on Sundays from December. Large print books are on the ground floor.",
                new DateTimeOffset(2026, 11, 28, 11, 0, 0, TimeSpan.Zero)));
            FirstBuild = await Day.BuildAsync(Date);
        }

        public async Task DisposeAsync() => await Day.DisposeAsync();
    }

    private Bulletin Bulletin => day.Day.Find(Date)!;
    private string File => day.Day.Media.TryResolve(Bulletin.MediaKey)!;

    [Fact]
    public async Task Chapters_FfprobeListsEpisodeTitlesAtTheTimesOfTheJsonChapters()
    {
        Assert.Equal(BulletinBuildResult.Built, day.FirstBuild);
        using var json = JsonDocument.Parse(await day.Day.App.GetStringAsync($"/feeds/harbour/daily/2026-11-28/chapters.json"));
        var jsonChapters = json.RootElement.GetProperty("chapters").EnumerateArray().ToList();
        using var probe = JsonDocument.Parse(AudioTestTools.Run("ffprobe", "-v", "error", "-show_chapters", "-of", "json", File));
        var fileChapters = probe.RootElement.GetProperty("chapters").EnumerateArray().ToList();

        Assert.Equal(3, fileChapters.Count);
        Assert.Equal(jsonChapters.Count, fileChapters.Count);
        Assert.Equal(["Harbour News, 28 November 2026", "Night bus route extended", "Library opens on Sundays"],
            fileChapters.Select(c => c.GetProperty("tags").GetProperty("title").GetString()));
        for (var i = 0; i < fileChapters.Count; i++)
        {
            Assert.Equal(jsonChapters[i].GetProperty("title").GetString(), fileChapters[i].GetProperty("tags").GetProperty("title").GetString());
            var start = double.Parse(fileChapters[i].GetProperty("start_time").GetString()!, CultureInfo.InvariantCulture);
            var end = double.Parse(fileChapters[i].GetProperty("end_time").GetString()!, CultureInfo.InvariantCulture);
            Assert.InRange(start - jsonChapters[i].GetProperty("startTime").GetDouble(), -0.05, 0.05);
            Assert.InRange(end - jsonChapters[i].GetProperty("endTime").GetDouble(), -0.05, 0.05);
        }

        Assert.Equal($"http://localhost/articles/{day.Articles[0].Id}", jsonChapters[1].GetProperty("url").GetString());
    }

    [Fact]
    public void Loudness_IsMinus19LufsWithinOne()
    {
        var (integrated, truePeak) = LoudnessTestTools.Ebur128(File);

        Assert.InRange(integrated, -20, -18);
        Assert.True(truePeak <= -1.0, $"true peak {truePeak} dBTP");
    }

    [Fact]
    public void Duration_IsTheIntroductionAndEpisodesPlusPausesWithinHalfASecond()
    {
        var pause = TimeSpan.FromSeconds(1.5);
        var episodes = day.Articles.Select(a => AudioTestTools.DecodedDuration(day.Day.Media.TryResolve(a.AudioKey!)!)).ToList();
        using var probe = JsonDocument.Parse(AudioTestTools.Run("ffprobe", "-v", "error", "-show_chapters", "-of", "json", File));
        // The introduction is the one part spoken for the bulletin: its length is where the first episode starts, less a pause.
        var firstEpisode = double.Parse(probe.RootElement.GetProperty("chapters")[1].GetProperty("start_time").GetString()!, CultureInfo.InvariantCulture);
        var introduction = TimeSpan.FromSeconds(firstEpisode) - pause;
        Assert.InRange(introduction.TotalSeconds, 1, 10);

        var expected = introduction + episodes.Aggregate(TimeSpan.Zero, (sum, d) => sum + d) + (pause * episodes.Count);
        var actual = AudioTestTools.DecodedDuration(File);

        Assert.InRange((actual - expected).Duration().TotalSeconds, 0, 0.5);
        Assert.InRange(Bulletin.DurationMs - actual.TotalMilliseconds, -50, 50);
    }

    [Fact]
    public void Transcript_HasAChapterCueForEveryItemAndTheEpisodesSentencesShifted()
    {
        var vtt = BulletinTranscript.Write(Bulletin);
        var second = Bulletin.Chapters[2];

        Assert.StartsWith("WEBVTT\n", vtt, StringComparison.Ordinal);
        Assert.Contains($"chapter-3\n{A11yFeed.Audio.WebVttWriter.Timestamp(second.StartMs)} --> {A11yFeed.Audio.WebVttWriter.Timestamp(second.EndMs)}\nLibrary opens on Sundays\n", vtt, StringComparison.Ordinal);
        var shifted = Bulletin.Sentences.Single(s => s.Text == "The central library opens on Sundays from December.");
        Assert.InRange(shifted.StartMs, second.StartMs, second.EndMs);
    }

    [Fact]
    public async Task Rebuild_OfAnUnchangedDayWritesNothing()
    {
        var before = day.Day.MediaSnapshot();

        var result = await day.Day.BuildAsync(Date);

        Assert.Equal(BulletinBuildResult.Unchanged, result);
        Assert.Equal(before, day.Day.MediaSnapshot());
    }
}
