using A11yFeed.Audio;
using A11yFeed.Speech;
using A11yFeed.Tests.Speech;
using Microsoft.Extensions.Options;

namespace A11yFeed.Tests.Audio;

public class Mp3EncoderTests
{
    private static Mp3Encoder Encoder(AudioOptions? options = null) => new(Options.Create(options ?? new AudioOptions()));

    [Fact]
    public async Task Encode_WritesMono44kHzConstantBitrateWithChineseTags()
    {
        using var folder = new SpeechTestFolder();
        var wave = folder.Combine("in.wav");
        await SpeechTestFolder.Engine().SynthesizeAsync(new SpeechRequest("市政府发布通知。", "zh", null, 1), wave, default);
        var mp3 = folder.Combine("out.mp3");

        await Encoder().EncodeAsync(wave, mp3, new Mp3Tags("上海市关于老年人乘车优惠的通知", "上海市人民政府", "上海新闻（朗读）", 2020, "https://example.org/a/1"), default);

        AudioTestTools.AssertDecodes(mp3);
        Assert.Equal("44100,1,64000", AudioTestTools.Stream(mp3, "sample_rate,channels,bit_rate"));
        Assert.Equal("上海市关于老年人乘车优惠的通知", AudioTestTools.Tag(mp3, "title"));
        Assert.Equal("上海市人民政府", AudioTestTools.Tag(mp3, "artist"));
        Assert.Equal("上海新闻（朗读）", AudioTestTools.Tag(mp3, "album"));
        Assert.Equal("2020", AudioTestTools.Tag(mp3, "date"));
        var bytes = File.ReadAllBytes(mp3);
        Assert.True(bytes.AsSpan(0, 2000).IndexOf("WOAS"u8) > 0, "the article link is tagged");
        Assert.False(bytes.AsSpan(bytes.Length - 128).StartsWith("TAG"u8), "no ID3v1 tag, which cannot hold Chinese");
    }

    [Fact]
    public async Task Encode_UsesTheConfiguredBitrate()
    {
        using var folder = new SpeechTestFolder();
        var wave = AudioTestTools.Tone(folder, "tone.wav", seconds: 2, channels: 2);
        var mp3 = folder.Combine("out.mp3");

        await Encoder(new AudioOptions { BitrateKbps = 128 }).EncodeAsync(wave, mp3, new Mp3Tags("Tone", null, null, null, null), default);

        Assert.Equal("44100,1,128000", AudioTestTools.Stream(mp3, "sample_rate,channels,bit_rate"));
    }

    [Fact]
    public async Task Encode_RefusesInputThatIsNotWave()
    {
        using var folder = new SpeechTestFolder();
        var notWave = folder.Combine("in.wav");
        File.WriteAllText(notWave, "lame would happily encode this text as noise");

        await Assert.ThrowsAsync<AudioException>(
            () => Encoder().EncodeAsync(notWave, folder.Combine("out.mp3"), new Mp3Tags("x", null, null, null, null), default));
        Assert.False(File.Exists(folder.Combine("out.mp3")));
    }

    [Fact]
    public async Task Encode_ReportsLameFailuresAndTimeouts()
    {
        using var folder = new SpeechTestFolder();
        var wave = AudioTestTools.Tone(folder, "tone.wav", seconds: 1, channels: 1);
        var failing = folder.WriteScript("failing-lame", "echo 'Could not write output' >&2; exit 2");
        var hanging = folder.WriteScript("hanging-lame", "exec sleep 300");
        var tags = new Mp3Tags("x", null, null, null, null);

        var failed = await Assert.ThrowsAsync<AudioException>(
            () => Encoder(new AudioOptions { LamePath = failing }).EncodeAsync(wave, folder.Combine("a.mp3"), tags, default));
        var hung = await Assert.ThrowsAsync<AudioException>(
            () => Encoder(new AudioOptions { LamePath = hanging, EncodeTimeout = TimeSpan.FromSeconds(1) }).EncodeAsync(wave, folder.Combine("b.mp3"), tags, default));

        Assert.Contains("exit code 2: Could not write output", failed.Message);
        Assert.Contains("did not finish", hung.Message);
    }

    [Theory]
    [InlineData(64, true)]
    [InlineData(320, true)]
    [InlineData(65, false)]
    [InlineData(16, false)]
    [InlineData(384, false)]
    public void Options_AcceptOnlyMpegBitrates(int bitrate, bool valid)
    {
        var options = new AudioOptions { BitrateKbps = bitrate };
        var results = new List<System.ComponentModel.DataAnnotations.ValidationResult>();

        var ok = System.ComponentModel.DataAnnotations.Validator.TryValidateObject(
            options, new System.ComponentModel.DataAnnotations.ValidationContext(options), results, validateAllProperties: true)
            && !options.Validate(new System.ComponentModel.DataAnnotations.ValidationContext(options)).Any();

        Assert.Equal(valid, ok);
    }
}
