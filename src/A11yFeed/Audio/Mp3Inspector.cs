namespace A11yFeed.Audio;

/// <summary>
/// Reads an MP3's length and format by walking its frames, without decoding: skips ID3v2 tags, counts every
/// frame, and uses the Xing/Info and LAME tags for the encoder delay and padding, so the duration is that of
/// the sound that was encoded. A file whose frames break off or disagree with its own header is refused.
/// </summary>
public static class Mp3Inspector
{
    private const int SyncSearchBytes = 64 * 1024;

    /// <exception cref="AudioException">The file is not MPEG audio, or is corrupt or truncated.</exception>
    public static Mp3Info Read(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 16 * 1024);
        var name = Path.GetFileName(path);
        var first = FindFirstFrame(file, name, out var firstHeader);
        var info = Mp3InfoTag.Read(file, first, firstHeader);

        long frames = 0, audioBytes = 0;
        int minBitrate = int.MaxValue, maxBitrate = 0;
        var position = info is null ? first : first + firstHeader.FrameLength;
        Span<byte> bytes = stackalloc byte[4];
        while (position < file.Length)
        {
            file.Position = position;
            var read = file.ReadAtLeast(bytes, 4, throwOnEndOfStream: false);
            if (read < 4 || !Mp3FrameHeader.TryParse(bytes, out var header) || !header.SameStreamAs(firstHeader))
            {
                if (IsTrailingTag(bytes[..read]))
                {
                    break;
                }

                throw new AudioException($"{name} is corrupt: no MPEG frame at byte {position}.");
            }

            if (position + header.FrameLength > file.Length)
            {
                throw new AudioException($"{name} is truncated: its last frame is cut off at byte {file.Length}.");
            }

            frames++;
            audioBytes += header.FrameLength;
            minBitrate = Math.Min(minBitrate, header.BitrateKbps);
            maxBitrate = Math.Max(maxBitrate, header.BitrateKbps);
            position += header.FrameLength;
        }

        if (frames == 0)
        {
            throw new AudioException($"{name} holds no audio frames.");
        }

        if (info?.Frames is { } announced && announced != frames)
        {
            throw new AudioException($"{name} is truncated or corrupt: it announces {announced} audio frames but holds {frames}.");
        }

        var samples = Math.Max(0, (frames * firstHeader.SamplesPerFrame) - (info?.EncoderDelay ?? 0) - (info?.Padding ?? 0));
        var duration = TimeSpan.FromSeconds((double)samples / firstHeader.SampleRate);
        var bitrate = minBitrate == maxBitrate
            ? minBitrate
            : (int)Math.Round(audioBytes * 8.0 * firstHeader.SampleRate / (frames * firstHeader.SamplesPerFrame) / 1000);
        return new Mp3Info(duration, file.Length, firstHeader.SampleRate, firstHeader.Channels, bitrate);
    }

    private static long FindFirstFrame(FileStream file, string name, out Mp3FrameHeader header)
    {
        var start = SkipId3v2(file);
        var window = new byte[(int)Math.Min(SyncSearchBytes + 4, Math.Max(0, file.Length - start))];
        file.Position = start;
        var length = file.ReadAtLeast(window, window.Length, throwOnEndOfStream: false);
        for (var i = 0; i + 4 <= length; i++)
        {
            // A sync pattern counts only if the frame it announces is followed by another frame (or the end),
            // so stray 0xFF bytes in tag padding or junk are not taken for audio.
            if (Mp3FrameHeader.TryParse(window.AsSpan(i), out header) && IsFollowedByFrame(file, start + i, header))
            {
                return start + i;
            }
        }

        throw new AudioException($"{name} is not MPEG audio: no frame found.");
    }

    private static bool IsFollowedByFrame(FileStream file, long position, Mp3FrameHeader header)
    {
        var next = position + header.FrameLength;
        if (next == file.Length)
        {
            return true;
        }

        Span<byte> bytes = stackalloc byte[4];
        file.Position = next;
        return file.ReadAtLeast(bytes, 4, throwOnEndOfStream: false) == 4
            && Mp3FrameHeader.TryParse(bytes, out var following) && following.SameStreamAs(header);
    }

    private static long SkipId3v2(FileStream file)
    {
        long position = 0;
        Span<byte> tag = stackalloc byte[10];
        while (true)
        {
            file.Position = position;
            if (file.ReadAtLeast(tag, 10, throwOnEndOfStream: false) < 10 || !tag[..3].SequenceEqual("ID3"u8))
            {
                return position;
            }

            // Tag sizes are "syncsafe": seven bits per byte, so they never contain a false frame sync.
            var size = (tag[6] & 0x7F) << 21 | (tag[7] & 0x7F) << 14 | (tag[8] & 0x7F) << 7 | (tag[9] & 0x7F);
            var hasFooter = (tag[5] & 0x10) != 0;
            position += 10 + size + (hasFooter ? 10 : 0);
        }
    }

    private static bool IsTrailingTag(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith("TAG"u8) || bytes.StartsWith("APET"u8) || bytes.StartsWith("LYRI"u8) || bytes.StartsWith("ID3"u8);
}
