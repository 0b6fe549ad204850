using System.Buffers.Binary;

namespace A11yFeed.Audio;

/// <summary>
/// The Xing/Info (or Fraunhofer VBRI) tag an encoder puts in a silent first frame: the number of audio frames
/// and, in LAME's extension, how many samples of delay and padding the encoder added around the sound.
/// </summary>
internal sealed record Mp3InfoTag(long? Frames, int EncoderDelay, int Padding)
{
    public static Mp3InfoTag? Read(FileStream file, long framePosition, Mp3FrameHeader header)
    {
        var frame = new byte[header.FrameLength];
        file.Position = framePosition;
        var length = file.ReadAtLeast(frame, frame.Length, throwOnEndOfStream: false);
        var span = frame.AsSpan(0, length);
        return ReadXing(span, header.SideInfoEnd) ?? ReadVbri(span);
    }

    private static Mp3InfoTag? ReadXing(ReadOnlySpan<byte> frame, int offset)
    {
        if (frame.Length < offset + 8 || !(frame[offset..].StartsWith("Xing"u8) || frame[offset..].StartsWith("Info"u8)))
        {
            return null;
        }

        var flags = BinaryPrimitives.ReadUInt32BigEndian(frame[(offset + 4)..]);
        var position = offset + 8;
        long? frames = null;
        if ((flags & 1) != 0 && frame.Length >= position + 4)
        {
            frames = BinaryPrimitives.ReadUInt32BigEndian(frame[position..]);
            position += 4;
        }

        position += ((flags & 2) != 0 ? 4 : 0) + ((flags & 4) != 0 ? 100 : 0) + ((flags & 8) != 0 ? 4 : 0);
        var (delay, padding) = ReadLameExtension(frame, position);
        return new Mp3InfoTag(frames, delay, padding);
    }

    private static (int Delay, int Padding) ReadLameExtension(ReadOnlySpan<byte> frame, int position)
    {
        // Encoder name (9 bytes), then at byte 21 two 12-bit numbers: delay and padding in samples.
        if (frame.Length < position + 24)
        {
            return (0, 0);
        }

        var encoder = frame.Slice(position, 4);
        if (!(encoder.SequenceEqual("LAME"u8) || encoder.SequenceEqual("Lavc"u8) || encoder.SequenceEqual("Lavf"u8)))
        {
            return (0, 0);
        }

        var packed = frame.Slice(position + 21, 3);
        return ((packed[0] << 4) | (packed[1] >> 4), ((packed[1] & 0x0F) << 8) | packed[2]);
    }

    private static Mp3InfoTag? ReadVbri(ReadOnlySpan<byte> frame)
    {
        const int offset = 4 + 32;
        if (frame.Length < offset + 18 || !frame[offset..].StartsWith("VBRI"u8))
        {
            return null;
        }

        var delay = BinaryPrimitives.ReadUInt16BigEndian(frame[(offset + 6)..]);
        return new Mp3InfoTag(BinaryPrimitives.ReadUInt32BigEndian(frame[(offset + 14)..]), delay, 0);
    }
}
