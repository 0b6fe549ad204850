using A11yFeed.Audio;
using A11yFeed.Tests.Speech;

namespace A11yFeed.Tests.Audio;

public class WaveFileWriterTests
{
    private static readonly WaveFormat Mono16 = new(22050, 1, 16);

    [Fact]
    public void Complete_WritesHeaderThatMatchesTheData()
    {
        using var folder = new SpeechTestFolder();
        var part = folder.Combine("part.wav");
        using (var writer = new WaveFileWriter(part, Mono16))
        {
            writer.AppendSilence(TimeSpan.FromSeconds(0.5));
            writer.Complete();
        }

        var target = folder.Combine("joined.wav");
        using (var writer = new WaveFileWriter(target, Mono16))
        {
            writer.AppendWave(part);
            writer.AppendSilence(TimeSpan.FromSeconds(1));
            writer.AppendWave(part);
            writer.Complete();
            Assert.Equal(TimeSpan.FromSeconds(2), writer.Duration);
        }

        var read = WaveFileReader.Open(target);
        Assert.Equal(Mono16, read.Format);
        Assert.Equal(44, read.DataOffset);
        Assert.Equal(88200, read.DataLength);
        Assert.Equal(44 + 88200, new FileInfo(target).Length);
        Assert.Equal(TimeSpan.FromSeconds(2), AudioDuration(target));
    }

    [Fact]
    public void AppendWave_RefusesADifferentFormat()
    {
        using var folder = new SpeechTestFolder();
        var stereo = folder.Combine("stereo.wav");
        using (var writer = new WaveFileWriter(stereo, new WaveFormat(44100, 2, 16)))
        {
            writer.AppendSilence(TimeSpan.FromMilliseconds(10));
            writer.Complete();
        }

        using var target = new WaveFileWriter(folder.Combine("mono.wav"), Mono16);
        Assert.Throws<InvalidDataException>(() => target.AppendWave(stereo));
    }

    [Fact]
    public void Open_RefusesFilesThatAreNotWave()
    {
        using var folder = new SpeechTestFolder();
        var text = folder.Combine("notes.wav");
        File.WriteAllText(text, "this is not audio at all, just words");

        Assert.Throws<InvalidDataException>(() => WaveFileReader.Open(text));
    }

    /// <summary>Asks ffprobe, which knows nothing of our writer, how long the file plays.</summary>
    private static TimeSpan AudioDuration(string path)
    {
        var output = Audio.AudioTestTools.Run("ffprobe", "-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0", path);
        return TimeSpan.FromSeconds(double.Parse(output, System.Globalization.CultureInfo.InvariantCulture));
    }
}
