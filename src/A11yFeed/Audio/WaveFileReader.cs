using System.Buffers.Binary;
using System.Text;

namespace A11yFeed.Audio;

/// <summary>
/// Finds the PCM format and the sample data inside a WAV file. Tools writing to a pipe leave the RIFF
/// sizes unset, so a data size that runs past the end of the file is read as "up to the end".
/// </summary>
public sealed record WaveFileReader(WaveFormat Format, long DataOffset, long DataLength)
{
    /// <exception cref="InvalidDataException">Not a PCM WAV file.</exception>
    public static WaveFileReader Open(string path)
    {
        using var file = File.OpenRead(path);
        Span<byte> header = stackalloc byte[12];
        if (file.ReadAtLeast(header, 12, throwOnEndOfStream: false) < 12
            || !header[..4].SequenceEqual("RIFF"u8) || !header[8..12].SequenceEqual("WAVE"u8))
        {
            throw new InvalidDataException($"{Path.GetFileName(path)} is not a WAV file.");
        }

        WaveFormat? format = null;
        Span<byte> chunk = stackalloc byte[8];
        while (file.ReadAtLeast(chunk, 8, throwOnEndOfStream: false) == 8)
        {
            var id = Encoding.ASCII.GetString(chunk[..4]);
            long size = BinaryPrimitives.ReadUInt32LittleEndian(chunk[4..]);
            if (id == "fmt ")
            {
                format = ReadFormat(file, size, path);
            }
            else if (id == "data")
            {
                if (format is null)
                {
                    throw new InvalidDataException($"{Path.GetFileName(path)} has sample data before its format.");
                }

                var available = file.Length - file.Position;
                return new WaveFileReader(format, file.Position, Math.Min(size is 0 or uint.MaxValue ? available : size, available));
            }
            else
            {
                file.Seek(size + (size & 1), SeekOrigin.Current);
            }
        }

        throw new InvalidDataException($"{Path.GetFileName(path)} has no sample data.");
    }

    private static WaveFormat ReadFormat(FileStream file, long size, string path)
    {
        if (size < 16)
        {
            throw new InvalidDataException($"{Path.GetFileName(path)} has a broken format chunk.");
        }

        Span<byte> fmt = stackalloc byte[16];
        file.ReadExactly(fmt);
        file.Seek(size - 16 + (size & 1), SeekOrigin.Current);
        var encoding = BinaryPrimitives.ReadUInt16LittleEndian(fmt);
        var format = new WaveFormat(
            BinaryPrimitives.ReadInt32LittleEndian(fmt[4..]),
            BinaryPrimitives.ReadUInt16LittleEndian(fmt[2..]),
            BinaryPrimitives.ReadUInt16LittleEndian(fmt[14..]));
        if (encoding != 1 || format.Channels < 1 || format.SampleRate < 1 || format.BitsPerSample is not (8 or 16 or 24 or 32))
        {
            throw new InvalidDataException($"{Path.GetFileName(path)} is not plain PCM audio.");
        }

        return format;
    }
}
