using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace A11yFeed.Feeds;

/// <summary>
/// Square 1400x1400 PNG covers for podcast apps: a white disc with a play symbol on a dark colour chosen
/// from the feed id, so each source is told apart by colour. It draws no text: titles are mostly Chinese
/// and no font is available to a plain PNG encoder.
/// </summary>
public sealed class ArtworkRenderer
{
    public const int Size = 1400;
    public const string ContentType = "image/png";

    // Each has at least 7:1 contrast with white (WCAG AAA), so the symbol stays clear for low vision.
    private static readonly (byte R, byte G, byte B)[] Palette =
    [
        (0x0B, 0x3D, 0x91), (0x1B, 0x5E, 0x20), (0x4A, 0x14, 0x8C), (0x8E, 0x10, 0x10),
        (0x00, 0x4D, 0x40), (0x3E, 0x27, 0x23), (0x26, 0x32, 0x38), (0x88, 0x0E, 0x4F),
    ];

    private readonly ConcurrentDictionary<string, byte[]> _cache = new(StringComparer.Ordinal);

    /// <summary>The cover of feed <paramref name="id"/>; the same id always gives the same bytes.</summary>
    public byte[] Render(string id) => _cache.GetOrAdd(id, Draw);

    public static (byte R, byte G, byte B) Background(string id) =>
        Palette[SHA256.HashData(Encoding.UTF8.GetBytes(id))[0] % Palette.Length];

    private static byte[] Draw(string id)
    {
        var background = Background(id);
        var pixels = new byte[Size * Size * 3];
        const double centre = Size / 2.0;
        const double radius = Size * 0.36;
        // A play triangle pointing right, its centroid on the disc's centre.
        const double left = centre - radius * 0.38, right = centre + radius * 0.62, half = radius * 0.58;
        for (var y = 0; y < Size; y++)
        {
            for (var x = 0; x < Size; x++)
            {
                double dx = x + 0.5 - centre, dy = y + 0.5 - centre;
                var inDisc = dx * dx + dy * dy <= radius * radius;
                var along = (x + 0.5 - left) / (right - left);
                var inTriangle = along is >= 0 and <= 1 && Math.Abs(dy) <= half * (1 - along);
                var white = inDisc && !inTriangle;
                var i = (y * Size + x) * 3;
                pixels[i] = white ? (byte)255 : background.R;
                pixels[i + 1] = white ? (byte)255 : background.G;
                pixels[i + 2] = white ? (byte)255 : background.B;
            }
        }

        return PngEncoder.Encode(Size, Size, pixels);
    }
}
