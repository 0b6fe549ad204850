using A11yFeed.Audio;
using A11yFeed.Speech;
using A11yFeed.Tests.Speech;

namespace A11yFeed.Tests.Audio;

public class LoudnessMeterTests
{
    [Theory]
    [InlineData(22050)]
    [InlineData(44100)]
    [InlineData(48000)]
    public void IntegratedLoudness_OfA1kHzSineIsItsLevelMinus3dB(int sampleRate)
    {
        var meter = new LoudnessMeter(sampleRate);

        meter.Add(Sine(sampleRate, 997, 0.1, seconds: 5));

        // BS.1770: a full-scale 997 Hz sine in one channel reads −3.01 LUFS; at −20 dBFS, −23.01.
        Assert.InRange(meter.IntegratedLoudness(), -23.1, -22.9);
    }

    [Fact]
    public void IntegratedLoudness_GatesOutSilenceAndQuietPassages()
    {
        var meter = new LoudnessMeter(22050);

        meter.Add(Sine(22050, 997, 0.1, seconds: 3));
        meter.Add(new double[22050 * 10]);
        meter.Add(Sine(22050, 997, 0.001, seconds: 10));

        // Only the blocks straddling the tone's end pull it a little lower; 13 s averaged ungated would read −29.
        Assert.InRange(meter.IntegratedLoudness(), -23.4, -22.9);
    }

    [Fact]
    public void IntegratedLoudness_OfSilenceIsMinusInfinity()
    {
        var meter = new LoudnessMeter(22050);
        meter.Add(new double[22050 * 2]);

        Assert.Equal(double.NegativeInfinity, meter.IntegratedLoudness());
    }

    [Fact]
    public async Task Measure_AgreesWithFfmpegOnRealSpeech()
    {
        using var folder = new SpeechTestFolder();
        var wave = folder.Combine("speech.wav");
        await SpeechTestFolder.Engine().SynthesizeAsync(
            new SpeechRequest("The council opens new bus routes for older residents near the river park on Monday morning.", "en", null, 1), wave, default);
        var normal = folder.Combine("normal.wav");
        using (var writer = new WaveFileWriter(normal, new WaveFormat(22050, 1, 16)))
        {
            // espeak's --stdout header leaves the sizes open; give ffmpeg a tidy file.
            writer.AppendWave(wave);
            writer.Complete();
        }

        var ours = LoudnessNormaliser.Measure(normal);

        var (ffmpeg, _) = LoudnessTestTools.Ebur128(normal);
        Assert.True(Math.Abs(ours - ffmpeg) <= 0.3, $"ours {ours:0.00} LUFS, ffmpeg {ffmpeg:0.00} LUFS");
    }

    internal static double[] Sine(int sampleRate, double frequency, double amplitude, double seconds) =>
        Enumerable.Range(0, (int)(sampleRate * seconds)).Select(i => amplitude * Math.Sin(2 * Math.PI * frequency * i / sampleRate)).ToArray();
}
