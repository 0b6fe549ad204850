
namespace A11yFeed.Audio;

/// <summary>Reads the samples of a 16-bit mono PCM WAV file in pieces, scaled to ±1.0.</summary>
public sealed class WaveSampleReader : IDisposable
{
    private readonly FileStream _file;
    private readonly byte[] _buffer = new byte[64 * 1024];
    private long _left;

    /// <exception cref="InvalidDataException">Not a 16-bit mono PCM WAV file.</exception>
    public WaveSampleReader(string path)
    {
        var wave = WaveFileReader.Open(path);
        if (wave.Format.BitsPerSample != 16 || wave.Format.Channels != 1)
        {
            throw new InvalidDataException($"{Path.GetFileName(path)} is {wave.Format}; speech audio must be 16-bit mono.");
        }

        Format = wave.Format;
        SampleCount = wave.DataLength / 2;
        _left = SampleCount * 2;
        _file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1);
        _file.Position = wave.DataOffset;
    }

    public WaveFormat Format { get; }

    public long SampleCount { get; }

    /// <summary>Fills <paramref name="samples"/> as far as the file allows; returns how many were read, 0 at the end.</summary>
    public int Read(Span<double> samples)
    {
        var wanted = (int)Math.Min(Math.Min(samples.Length, _buffer.Length / 2), _left / 2);
        if (wanted == 0)
        {
            return 0;
        }

        var bytes = _file.ReadAtLeast(_buffer.AsSpan(0, wanted * 2), wanted * 2, throwOnEndOfStream: false) / 2 * 2;
        _left -= bytes;
        for (var i = 0; i < bytes / 2; i++)
        {
            samples[i] = (short)(_buffer[2 * i] | (_buffer[(2 * i) + 1] << 8)) / 32768.0;
        }

        return bytes / 2;
    }

    /// <summary>Every sample of a short file, for one sentence.</summary>
    public static (WaveFormat Format, double[] Samples) ReadAll(string path)
    {
        using var reader = new WaveSampleReader(path);
        var samples = new double[reader.SampleCount];
        var read = 0;
        int count;
        while ((count = reader.Read(samples.AsSpan(read))) > 0)
        {
            read += count;
        }

        return (reader.Format, read == samples.Length ? samples : samples[..read]);
    }

    public void Dispose() => _file.Dispose();
}
