using System.Buffers.Binary;

namespace A11yFeed.Audio;

/// <summary>
/// Writes one PCM WAV file from many pieces: a header with placeholder sizes first, samples appended as
/// they come, the RIFF and data sizes filled in by <see cref="Complete"/>. Memory use does not grow with length.
/// </summary>
public sealed class WaveFileWriter : IDisposable
{
    private const int HeaderBytes = 44;
    private readonly FileStream _file;
    private long _dataBytes;

    public WaveFileWriter(string path, WaveFormat format)
    {
        Format = format;
        _file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 81920);
        _file.Write(new byte[HeaderBytes]);
    }

    public WaveFormat Format { get; }

    public TimeSpan Duration => Format.DurationOf(_dataBytes);

    /// <summary>Appends the samples of another WAV file, which must have the same format.</summary>
    public void AppendWave(string path)
    {
        var source = WaveFileReader.Open(path);
        if (source.Format != Format)
        {
            throw new InvalidDataException($"{Path.GetFileName(path)} is {source.Format}, expected {Format}.");
        }

        using var input = File.OpenRead(path);
        input.Position = source.DataOffset;
        var length = source.DataLength - (source.DataLength % Format.BlockAlign);
        var buffer = new byte[81920];
        for (var left = length; left > 0;)
        {
            var read = input.Read(buffer, 0, (int)Math.Min(buffer.Length, left));
            if (read == 0)
            {
                break;
            }

            _file.Write(buffer, 0, read);
            left -= read;
            _dataBytes += read;
        }
    }

    /// <summary>Appends 16-bit samples given as ±1.0, rounded and clipped to full scale.</summary>
    public void AppendSamples(ReadOnlySpan<double> samples)
    {
        if (Format.BitsPerSample != 16 || Format.Channels != 1)
        {
            throw new InvalidOperationException("Samples can only be appended to 16-bit mono audio.");
        }

        var bytes = new byte[Math.Min(samples.Length, 16 * 1024) * 2];
        while (!samples.IsEmpty)
        {
            var count = Math.Min(samples.Length, bytes.Length / 2);
            for (var i = 0; i < count; i++)
            {
                var value = (short)Math.Clamp(Math.Round(samples[i] * 32768.0), short.MinValue, short.MaxValue);
                BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan(2 * i), value);
            }

            _file.Write(bytes, 0, count * 2);
            _dataBytes += count * 2;
            samples = samples[count..];
        }
    }

    /// <summary>Samples written so far (per channel).</summary>
    public long SampleCount => _dataBytes / Format.BlockAlign;

    public void AppendSilence(TimeSpan length)
    {
        var bytes = (long)Math.Round(length.TotalSeconds * Format.SampleRate) * Format.BlockAlign;
        // 8-bit PCM is unsigned: its silence is the middle value, not zero.
        var silence = new byte[Math.Min(bytes, 81920)];
        if (Format.BitsPerSample == 8)
        {
            Array.Fill(silence, (byte)0x80);
        }

        for (var left = bytes; left > 0; left -= silence.Length)
        {
            _file.Write(silence, 0, (int)Math.Min(silence.Length, left));
        }

        _dataBytes += bytes;
    }

    /// <summary>Writes the final header and flushes; the file is a valid WAV only after this.</summary>
    public void Complete()
    {
        if (_dataBytes > uint.MaxValue - HeaderBytes)
        {
            throw new InvalidDataException("The audio is longer than a WAV file can hold.");
        }

        var header = Header(Format, _dataBytes);
        _file.Position = 0;
        _file.Write(header);
        _file.Flush(flushToDisk: true);
    }

    /// <summary>The 44-byte header of a PCM WAV holding <paramref name="dataBytes"/> of samples.</summary>
    public static byte[] Header(WaveFormat format, long dataBytes)
    {
        var header = new byte[HeaderBytes];
        "RIFF"u8.CopyTo(header);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(4), (uint)(dataBytes + HeaderBytes - 8));
        "WAVEfmt "u8.CopyTo(header.AsSpan(8));
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(16), 16);
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(20), 1);
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(22), (ushort)format.Channels);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(24), (uint)format.SampleRate);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(28), (uint)format.BytesPerSecond);
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(32), (ushort)format.BlockAlign);
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(34), (ushort)format.BitsPerSample);
        "data"u8.CopyTo(header.AsSpan(36));
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(40), (uint)dataBytes);
        return header;
    }

    /// <summary>16-bit little-endian PCM for samples given as ±1.0, rounded and clipped to full scale.</summary>
    public static int ToPcm16(ReadOnlySpan<double> samples, Span<byte> bytes)
    {
        for (var i = 0; i < samples.Length; i++)
        {
            var value = (short)Math.Clamp(Math.Round(samples[i] * 32768.0), short.MinValue, short.MaxValue);
            BinaryPrimitives.WriteInt16LittleEndian(bytes[(2 * i)..], value);
        }

        return samples.Length * 2;
    }

    public void Dispose() => _file.Dispose();
}
