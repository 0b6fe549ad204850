namespace A11yFeed.Audio;

/// <summary>
/// Brings a spoken episode to one loudness so that episodes from different sources and engines play at the same
/// volume: measures the WAV (BS.1770 integrated loudness), then writes it again with the gain that reaches the
/// target, through a true-peak limiter so the gain never clips. Two streaming passes over the file; memory does
/// not grow with the episode's length. The second pass can feed the encoder directly.
/// </summary>
public static class LoudnessNormaliser
{
    /// <summary>Most a quiet episode is raised: more would lift the engine's noise floor along with the speech.</summary>
    private const double MaxGainDb = 24;

    /// <summary>Writes the normalised audio as a WAV file.</summary>
    public static LoudnessResult Normalise(string inputWave, string outputWave, double targetLufs, double ceilingDbtp)
    {
        using var output = new FileStream(outputWave, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024);
        return WriteNormalisedAsync(inputWave, output, targetLufs, ceilingDbtp, CancellationToken.None).GetAwaiter().GetResult();
    }

    /// <summary>Measures <paramref name="inputWave"/>, then writes it normalised, as a complete WAV, into <paramref name="output"/>.</summary>
    public static async Task<LoudnessResult> WriteNormalisedAsync(
        string inputWave, Stream output, double targetLufs, double ceilingDbtp, CancellationToken cancellationToken)
    {
        var measured = Measure(inputWave);
        var gainDb = double.IsFinite(measured) ? Math.Clamp(targetLufs - measured, -MaxGainDb, MaxGainDb) : 0;
        var gain = Math.Pow(10, gainDb / 20);

        using var reader = new WaveSampleReader(inputWave);
        var limiter = new TruePeakLimiter(reader.Format.SampleRate, ceilingDbtp, TimeSpan.FromMilliseconds(5), TimeSpan.FromMilliseconds(80));
        await output.WriteAsync(WaveFileWriter.Header(reader.Format, reader.SampleCount * 2), cancellationToken);
        var buffer = new double[16 * 1024];
        var limited = new List<double>(buffer.Length + 1024);
        var bytes = new byte[(buffer.Length + 1024) * 2];
        int read;
        while ((read = reader.Read(buffer)) > 0)
        {
            var piece = buffer.AsSpan(0, read);
            for (var i = 0; i < piece.Length; i++)
            {
                piece[i] *= gain;
            }

            limiter.Process(piece, limited);
            await WriteAsync(limited, bytes, output, cancellationToken);
        }

        limiter.Flush(limited);
        await WriteAsync(limited, bytes, output, cancellationToken);
        await output.FlushAsync(cancellationToken);
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

    private static async Task WriteAsync(List<double> samples, byte[] bytes, Stream output, CancellationToken cancellationToken)
    {
        var count = WaveFileWriter.ToPcm16(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(samples), bytes);
        await output.WriteAsync(bytes.AsMemory(0, count), cancellationToken);
        samples.Clear();
    }
}

/// <summary>What normalising did: the loudness found, the gain applied and the deepest limiting, for logs.</summary>
public sealed record LoudnessResult(double InputLufs, double GainDb, double MaxLimitingDb);
