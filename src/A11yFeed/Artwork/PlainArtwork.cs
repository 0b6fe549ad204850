using System.Security.Cryptography;
using System.Text;

namespace A11yFeed.Artwork;

/// <summary>
/// The cover's background colour, its play symbol, and the text-free cover used when no font can be drawn with:
/// a white disc with a play symbol on a dark colour chosen from the feed id.
/// </summary>
public static class PlainArtwork
{
    public const int Size = 1400;

    // Each has at least 7:1 contrast with white (WCAG AAA), so the symbol and the name stay clear for low vision.
    private static readonly (byte R, byte G, byte B)[] Palette =
    [
        (0x0B, 0x3D, 0x91), (0x1B, 0x5E, 0x20), (0x4A, 0x14, 0x8C), (0x8E, 0x10, 0x10),
        (0x00, 0x4D, 0x40), (0x3E, 0x27, 0x23), (0x26, 0x32, 0x38), (0x88, 0x0E, 0x4F),
    ];

    public static (byte R, byte G, byte B) Background(string id) =>
        Palette[SHA256.HashData(Encoding.UTF8.GetBytes(id))[0] % Palette.Length];

    /// <summary>The text-free cover as PNG bytes; the same id always gives the same bytes.</summary>
    public static byte[] Render(string id)
    {
        var background = Background(id);
        var pixels = new byte[Size * Size * 3];
        for (var y = 0; y < Size; y++)
        {
            for (var x = 0; x < Size; x++)
            {
                var white = IsSymbol(x + 0.5, y + 0.5, Size / 2.0, Size / 2.0, Size * 0.36);
                var i = (y * Size + x) * 3;
                pixels[i] = white ? (byte)255 : background.R;
                pixels[i + 1] = white ? (byte)255 : background.G;
                pixels[i + 2] = white ? (byte)255 : background.B;
            }
        }

        return PngEncoder.Encode(Size, Size, pixels);
    }

    /// <summary>Whether a point is white: inside the disc and outside the right-pointing play triangle cut from it.</summary>
    public static bool IsSymbol(double x, double y, double centreX, double centreY, double radius)
    {
        // The triangle's centroid sits on the disc's centre.
        double left = centreX - radius * 0.38, right = centreX + radius * 0.62, half = radius * 0.58;
        double dx = x - centreX, dy = y - centreY;
        var inDisc = dx * dx + dy * dy <= radius * radius;
        var along = (x - left) / (right - left);
        var inTriangle = along is >= 0 and <= 1 && Math.Abs(dy) <= half * (1 - along);
        return inDisc && !inTriangle;
    }
}
