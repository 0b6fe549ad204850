using SkiaSharp;

namespace A11yFeed.Artwork;

/// <summary>
/// Draws the cover with the feed's name: the play symbol in the upper part and the name below it in large
/// white bold type on the feed's dark colour (at least 7:1 contrast), wrapped over up to four lines and made
/// as large as fits, so it stays legible as a small thumbnail in a podcast app.
/// </summary>
public static class TitledArtwork
{
    private const int Size = PlainArtwork.Size;
    private const float Margin = Size * 0.08f;
    private const float TextTop = Size * 0.50f;
    private const float TextBottom = Size - Margin;
    private const int MaxLines = 4;
    private const float LargestText = Size * 0.15f;
    private const float SmallestText = Size * 0.045f;

    /// <summary>RGB rows top to bottom, or null when the title cannot fit even in the smallest type.</summary>
    public static byte[]? Draw(string id, string title, SKTypeface typeface)
    {
        using var font = new SKFont(typeface) { Edging = SKFontEdging.Antialias, Subpixel = true };
        if (Layout(font, title) is not { } lines)
        {
            return null;
        }

        var background = PlainArtwork.Background(id);
        using var bitmap = new SKBitmap(new SKImageInfo(Size, Size, SKColorType.Rgba8888, SKAlphaType.Opaque));
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(new SKColor(background.R, background.G, background.B));
            using var white = new SKPaint { Color = SKColors.White, IsAntialias = true };
            DrawSymbol(canvas, white, background);

            var metrics = font.Metrics;
            var lineHeight = font.Size * 1.25f;
            var blockHeight = lineHeight * (lines.Count - 1) + (metrics.CapHeight > 0 ? -metrics.Ascent : font.Size);
            var baseline = TextTop + (TextBottom - TextTop - blockHeight) / 2 - metrics.Ascent;
            foreach (var line in lines)
            {
                canvas.DrawText(line, Size / 2f, baseline, SKTextAlign.Center, font, white);
                baseline += lineHeight;
            }
        }

        var rgba = bitmap.Bytes;
        var rgb = new byte[Size * Size * 3];
        for (int source = 0, target = 0; target < rgb.Length; source += 4, target += 3)
        {
            rgb[target] = rgba[source];
            rgb[target + 1] = rgba[source + 1];
            rgb[target + 2] = rgba[source + 2];
        }

        return rgb;
    }

    /// <summary>The largest type size at which the title wraps into at most four lines that fit the text area.</summary>
    private static IReadOnlyList<string>? Layout(SKFont font, string title)
    {
        for (var size = LargestText; size >= SmallestText; size *= 0.92f)
        {
            font.Size = size;
            var lines = TitleLineBreaker.Wrap(title, Size - 2 * Margin, text => font.MeasureText(text));
            if (lines is { Count: > 0 and <= MaxLines } && size * 1.25f * lines.Count <= TextBottom - TextTop)
            {
                return lines;
            }
        }

        return null;
    }

    private static void DrawSymbol(SKCanvas canvas, SKPaint white, (byte R, byte G, byte B) background)
    {
        const float centreX = Size / 2f, centreY = Size * 0.27f, radius = Size * 0.18f;
        canvas.DrawCircle(centreX, centreY, radius, white);
        using var cut = new SKPaint { Color = new SKColor(background.R, background.G, background.B), IsAntialias = true };
        using var builder = new SKPathBuilder();
        float left = centreX - radius * 0.38f, right = centreX + radius * 0.62f, half = radius * 0.58f;
        builder.MoveTo(left, centreY - half);
        builder.LineTo(right, centreY);
        builder.LineTo(left, centreY + half);
        builder.Close();
        using var triangle = builder.Detach();
        canvas.DrawPath(triangle, cut);
    }
}
