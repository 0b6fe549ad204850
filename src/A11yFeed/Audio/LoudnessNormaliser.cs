using A11yFeed.Speech;

namespace A11yFeed.Audio;

/// <summary>
/// Brings a spoken episode to one loudness so that episodes from different sources and engines play at the same
/// volume: measures the WAV (BS.1770 integrated loudness), then writes it again with the gain that reaches the
/// target, through a true-peak limiter so the gain never clips. Two streaming passes over the file; memory does
/// not grow with the episode's length.
/// </summary>
public static class LoudnessNormaliser
{
    /// <summary>Most a quiet episode is raised: more would lift the engine's noise floor along with the speech.</summary>
    private const double MaxGainDb = 24;

    public static LoudnessResult Normalise(string inputWave, string outputWave, double targetLufs, double ceilingDbtp)
    {
        var measured = Measure(inputWave);
        var gainDb = double.IsFinite(measured) ? Math.Clamp(targetLufs - measured, -MaxGainDb, MaxGainDb) : 0;
        var gain = Math.Pow(10, gainDb / 20);

        using var reader = new WaveSampleReader(inputWave);
        var limiter = new TruePeakLimiter(reader.Format.SampleRate, ceilingDbtp, TimeSpan.FromMilliseconds(5), TimeSpan.FromMilliseconds(80));
        var buffer = new double[16 * 1024];
        var output = new List<double>(buffer.Length + 1024);
        using (var writer = new WaveFileWriter(outputWave, reader.Format))
        {
            int read;
            while ((read = reader.Read(buffer)) > 0)
            {
                var piece = buffer.AsSpan(0, read);
                for (var i = 0; i < piece.Length; i++)
                {
                    piece[i] *= gain;
                }

                limiter.Process(piece, output);
                writer.AppendSamples(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(output));
                output.Clear();
            }

            limiter.Flush(output);
            writer.AppendSamples(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(output));
            writer.Complete();
        }

        return new LoudnessResult(measured, gainDb, limiter.MaxReductionDb);
    }

    /// <summary>The integrated loudness of a 16-bit mono WAV file, in LUFS.</summary>
    public static double Measure(string wave)
    {
        using var reader = new WaveSampleReader(wave);
        var meter = new LoudnessMeter(reader.Format.SampleRate);
        var buffer = new double[16 * 1024];
        int read;
        while ((read = reader.Read(buffer)) > 0)
        {
            meter.Add(buffer.AsSpan(0, read));
        }

        return meter.IntegratedLoudness();
    }
}

/// <summary>What normalising did: the loudness found, the gain applied and the deepest limiting, for logs.</summary>
public sealed record LoudnessResult(double InputLufs, double GainDb, double MaxLimitingDb);
