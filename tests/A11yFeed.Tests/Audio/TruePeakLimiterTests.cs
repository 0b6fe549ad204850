using A11yFeed.Audio;

namespace A11yFeed.Tests.Audio;

public class TruePeakLimiterTests
{
    private static double[] Limit(double[] input, double ceiling = -1.5, int pieceSize = 1000)
    {
        var limiter = new TruePeakLimiter(22050, ceiling, TimeSpan.FromMilliseconds(5), TimeSpan.FromMilliseconds(80));
        var output = new List<double>();
        for (var start = 0; start < input.Length; start += pieceSize)
        {
            limiter.Process(input.AsSpan(start, Math.Min(pieceSize, input.Length - start)), output);
        }

        limiter.Flush(output);
        return [.. output];
    }

    [Fact]
    public void Process_KeepsInterSamplePeaksUnderTheCeiling()
    {
        // A tone at a quarter of the sample rate, phased so every sample misses the crest: sample peaks read
        // −3 dB below the true peak, which is above the ceiling.
        var input = Enumerable.Range(0, 22050).Select(i => 0.99 * Math.Sin((Math.PI / 2 * i) + (Math.PI / 4))).ToArray();
        Assert.True(TruePeakLimiter.TruePeakDb(input) > -0.5);

        var output = Limit(input);

        Assert.Equal(input.Length, output.Length);
        Assert.InRange(TruePeakLimiter.TruePeakDb(output), -3, -1.4);
    }

    [Fact]
    public void Process_LeavesQuietAudioUntouchedAndInPlace()
    {
        var input = LoudnessMeterTests.Sine(22050, 440, 0.3, 1);
        input[5000] = 0.5;

        var output = Limit(input, pieceSize: 777);

        Assert.Equal(input, output);
    }

    [Fact]
    public void Process_LimitsAShortLoudBurstWithoutDelayingIt()
    {
        var input = new double[22050];
        for (var i = 10_000; i < 10_100; i++)
        {
            input[i] = i % 2 == 0 ? 1.0 : -1.0;
        }

        var output = Limit(input);

        Assert.Equal(input.Length, output.Length);
        Assert.All(output.Take(9_000), s => Assert.Equal(0, s));
        Assert.True(Math.Abs(output[10_050]) > 0.3, "the burst is still there, at the same place");
        Assert.True(output.Max(Math.Abs) <= Math.Pow(10, -1.5 / 20) + 1e-9);
    }
}
