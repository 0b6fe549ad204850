using System.Globalization;
using A11yFeed.Audio;
using A11yFeed.Tests.Speech;

namespace A11yFeed.Tests.Audio;

public class Mp3InspectorTests
{
    public static TheoryData<string, string[]> LameVariants => new()
    {
        { "cbr64-mono", ["--cbr", "-b", "64", "-m", "m", "--resample", "44.1"] },
        { "vbr-stereo", ["-V", "4"] },
        { "cbr128-no-info-frame", ["-b", "128", "-t"] },
        { "mpeg2-22khz", ["-b", "32", "--resample", "22.05", "-m", "m"] },
        { "id3v1-and-v2", ["-b", "96", "--tt", "Title", "--ta", "Artist", "--add-id3v2", "--pad-id3v2-size", "300"] },
    };

    [Theory]
    [MemberData(nameof(LameVariants))]
    public void Read_AgreesWithFfprobe(string name, string[] lameOptions)
    {
        using var folder = new SpeechTestFolder();
        var wave = AudioTestTools.Tone(folder, "tone.wav", seconds: 2.345, channels: 2);
        var mp3 = folder.Combine(name + ".mp3");
        AudioTestTools.Run("lame", [.. lameOptions, "--quiet", wave, mp3]);

        var info = Mp3Inspector.Read(mp3);

        var decoded = AudioTestTools.DecodedDuration(mp3);
        Assert.True(Math.Abs((info.Duration - decoded).TotalMilliseconds) <= 30, $"{name}: read {info.Duration}, ffprobe decoded {decoded}");
        Assert.Equal(new FileInfo(mp3).Length, info.Bytes);
        Assert.Equal(AudioTestTools.Stream(mp3, "sample_rate,channels"), $"{info.SampleRate},{info.Channels}");
        var bitrate = double.Parse(AudioTestTools.Stream(mp3, "bit_rate"), CultureInfo.InvariantCulture) / 1000;
        Assert.True(Math.Abs(bitrate - info.BitrateKbps) <= bitrate * 0.1, $"{name}: read {info.BitrateKbps}, ffprobe {bitrate}");
    }

    [Fact]
    public void Read_RemovesEncoderDelayAndPaddingExactly()
    {
        using var folder = new SpeechTestFolder();
        var wave = AudioTestTools.Tone(folder, "tone.wav", seconds: 1.5, channels: 1);
        var mp3 = folder.Combine("tone.mp3");
        AudioTestTools.Run("lame", "--quiet", "-b", "64", wave, mp3);

        Assert.Equal(TimeSpan.FromSeconds(1.5), Mp3Inspector.Read(mp3).Duration);
    }

    [Fact]
    public void Read_RefusesTruncatedFiles()
    {
        using var folder = new SpeechTestFolder();
        var mp3 = Encode(folder);
        var bytes = File.ReadAllBytes(mp3);
        var cutMidFrame = folder.Combine("cut.mp3");
        File.WriteAllBytes(cutMidFrame, bytes[..(bytes.Length - 100)]);

        var error = Assert.Throws<AudioException>(() => Mp3Inspector.Read(cutMidFrame));

        Assert.Contains("truncated", error.Message);
    }

    [Fact]
    public void Read_RefusesFilesMissingWholeFrames()
    {
        using var folder = new SpeechTestFolder();
        var mp3 = Encode(folder);
        var bytes = File.ReadAllBytes(mp3);
        // 64 kbit/s at 44.1 kHz, no tags: every frame is 208 bytes plus its padding bit; walk them and cut two frames early.
        var starts = new List<int>();
        for (var position = 0; position < bytes.Length; position += 208 + ((bytes[position + 2] >> 1) & 1))
        {
            Assert.Equal(0xFF, bytes[position]);
            starts.Add(position);
        }

        var cut = starts[^2];
        var shortened = folder.Combine("short.mp3");
        File.WriteAllBytes(shortened, bytes[..cut]);

        Assert.Contains("announces", Assert.Throws<AudioException>(() => Mp3Inspector.Read(shortened)).Message);
    }

    [Fact]
    public void Read_RefusesCorruptAndForeignFiles()
    {
        using var folder = new SpeechTestFolder();
        var mp3 = Encode(folder);
        var bytes = File.ReadAllBytes(mp3);
        bytes.AsSpan(bytes.Length / 2, 600).Clear();
        var corrupt = folder.Combine("corrupt.mp3");
        File.WriteAllBytes(corrupt, bytes);
        var noise = folder.Combine("noise.mp3");
        File.WriteAllBytes(noise, Enumerable.Range(0, 5000).Select(i => (byte)(i * 7919 % 251)).ToArray());
        var empty = folder.Combine("empty.mp3");
        File.WriteAllBytes(empty, []);

        Assert.Contains("corrupt", Assert.Throws<AudioException>(() => Mp3Inspector.Read(corrupt)).Message);
        Assert.Contains("not MPEG audio", Assert.Throws<AudioException>(() => Mp3Inspector.Read(noise)).Message);
        Assert.Contains("not MPEG audio", Assert.Throws<AudioException>(() => Mp3Inspector.Read(empty)).Message);
    }

    private static string Encode(SpeechTestFolder folder)
    {
        var wave = AudioTestTools.Tone(folder, "tone.wav", seconds: 2, channels: 1);
        var mp3 = folder.Combine("tone.mp3");
        AudioTestTools.Run("lame", "--quiet", "-b", "64", "--resample", "44.1", wave, mp3);
        return mp3;
    }
}
