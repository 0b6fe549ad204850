namespace A11yFeed.Audio;

/// <summary>The four bytes that open every MPEG audio frame, decoded (ISO 11172-3 and 13818-3).</summary>
internal readonly record struct Mp3FrameHeader(int Version, int Layer, int BitrateKbps, int SampleRate, bool Padding, bool HasCrc, int Channels)
{
    // Version: 1 = MPEG-1, 2 = MPEG-2, 3 = MPEG-2.5 (low sample rate extension).
    private static readonly int[][] Bitrates =
    [
        [0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448], // MPEG-1 layer I
        [0, 32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384],    // MPEG-1 layer II
        [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320],     // MPEG-1 layer III
        [0, 32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256],    // MPEG-2/2.5 layer I
        [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],         // MPEG-2/2.5 layers II and III
    ];

    private static readonly int[] Mpeg1SampleRates = [44100, 48000, 32000];

    public int SamplesPerFrame => Layer switch
    {
        1 => 384,
        2 => 1152,
        _ => Version == 1 ? 1152 : 576,
    };

    public int FrameLength => Layer == 1
        ? ((12 * BitrateKbps * 1000 / SampleRate) + (Padding ? 1 : 0)) * 4
        : (SamplesPerFrame / 8 * BitrateKbps * 1000 / SampleRate) + (Padding ? 1 : 0);

    /// <summary>Where a Xing/Info tag would start inside this frame: after the header, CRC and side information.</summary>
    public int SideInfoEnd => 4 + (HasCrc ? 2 : 0) + (Version == 1 ? (Channels == 1 ? 17 : 32) : (Channels == 1 ? 9 : 17));

    public bool SameStreamAs(Mp3FrameHeader other) =>
        Version == other.Version && Layer == other.Layer && SampleRate == other.SampleRate;

    public static bool TryParse(ReadOnlySpan<byte> bytes, out Mp3FrameHeader header)
    {
        header = default;
        if (bytes.Length < 4 || bytes[0] != 0xFF || (bytes[1] & 0xE0) != 0xE0)
        {
            return false;
        }

        var version = ((bytes[1] >> 3) & 3) switch { 3 => 1, 2 => 2, 0 => 3, _ => 0 };
        var layer = ((bytes[1] >> 1) & 3) switch { 3 => 1, 2 => 2, 1 => 3, _ => 0 };
        var bitrateIndex = bytes[2] >> 4;
        var rateIndex = (bytes[2] >> 2) & 3;
        if (version == 0 || layer == 0 || bitrateIndex is 0 or 15 || rateIndex == 3)
        {
            return false;
        }

        var table = version == 1 ? layer - 1 : (layer == 1 ? 3 : 4);
        header = new Mp3FrameHeader(
            version,
            layer,
            Bitrates[table][bitrateIndex],
            Mpeg1SampleRates[rateIndex] >> (version - 1),
            (bytes[2] & 2) != 0,
            (bytes[1] & 1) == 0,
            (bytes[3] >> 6) == 3 ? 1 : 2);
        return true;
    }
}
