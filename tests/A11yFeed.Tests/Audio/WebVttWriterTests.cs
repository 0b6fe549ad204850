using A11yFeed.Audio;
using A11yFeed.Model;

namespace A11yFeed.Tests.Audio;

public class WebVttWriterTests
{
    [Fact]
    public void Write_MatchesTheGoldenTranscript()
    {
        SentenceTiming[] sentences =
        [
            new(-1, 0, 1250, "Bus routes & times change."),
            new(-1, 1550, 3004, "City Hall, 27 February 2020."),
            new(0, 3704, 3_723_456, "Use the <Number 12> bus -- not the 12A --> it stops\nat the library."),
            new(1, 3_723_756, 3_723_756, "公交线路调整。"),
        ];

        var vtt = WebVttWriter.Write(sentences);

        Assert.Equal(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Golden", "Audio", "transcript.vtt")), vtt);
    }

    [Fact]
    public void Write_IsAcceptedByFfmpegsWebVttReader()
    {
        using var folder = new Speech.SpeechTestFolder();
        var path = folder.Combine("t.vtt");
        File.WriteAllText(path, WebVttWriter.Write([new(-1, 0, 900, "One & two."), new(0, 1200, 2500, "Three <four>.")]));

        var srt = AudioTestTools.Run("ffmpeg", "-v", "error", "-i", path, "-f", "srt", "-");

        Assert.Contains("00:00:01,200 --> 00:00:02,500", srt, StringComparison.Ordinal);
        Assert.Contains("One & two.", srt, StringComparison.Ordinal);
        Assert.Contains("Three <four>.", srt, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, "00:00:00.000")]
    [InlineData(61_001, "00:01:01.001")]
    [InlineData(36_000_000, "10:00:00.000")]
    [InlineData(-5, "00:00:00.000")]
    public void Timestamp_AlwaysWritesHours(long ms, string expected) => Assert.Equal(expected, WebVttWriter.Timestamp(ms));
}
