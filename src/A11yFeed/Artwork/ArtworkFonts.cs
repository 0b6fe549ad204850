using SkiaSharp;

namespace A11yFeed.Artwork;

/// <summary>
/// Finds a bold typeface that can draw a title in its language: Noto Sans CJK (the Debian package fonts-noto-cjk)
/// in the variant for the language, since Chinese, Japanese and Korean draw some shared characters differently,
/// else whatever installed font the font manager offers for the first character the CJK font lacks.
/// </summary>
public static class ArtworkFonts
{
    public static string FamilyFor(string? language)
    {
        var tag = (language ?? "").ToLowerInvariant();
        return tag switch
        {
            _ when tag.StartsWith("ja", StringComparison.Ordinal) => "Noto Sans CJK JP",
            _ when tag.StartsWith("ko", StringComparison.Ordinal) => "Noto Sans CJK KR",
            "zh-hk" or "zh-mo" => "Noto Sans CJK HK",
            _ when tag.StartsWith("zh-tw", StringComparison.Ordinal) || tag.Contains("hant", StringComparison.Ordinal) => "Noto Sans CJK TC",
            _ => "Noto Sans CJK SC",
        };
    }

    /// <summary>A typeface with a glyph for every character of <paramref name="text"/>, or null when none is installed.</summary>
    public static SKTypeface? Find(SKFontManager fonts, string text, string? language)
    {
        var style = SKFontStyle.Bold;
        var family = fonts.MatchFamily(FamilyFor(language), style);
        if (family is not null && Covers(family, text))
        {
            return family;
        }

        // The first character the CJK font cannot draw picks the fallback; titles are in one script in practice.
        var missing = FirstMissing(family, text);
        var bcp47 = string.IsNullOrEmpty(language) ? [] : new[] { language };
        var fallback = fonts.MatchCharacter(null, style, bcp47, missing);
        if (fallback is not null && Covers(fallback, text))
        {
            family?.Dispose();
            return fallback;
        }

        fallback?.Dispose();
        family?.Dispose();
        return null;
    }

    private static bool Covers(SKTypeface typeface, string text)
    {
        using var font = new SKFont(typeface);
        return font.ContainsGlyphs(new string([.. text.Where(c => !char.IsWhiteSpace(c))]));
    }

    private static int FirstMissing(SKTypeface? typeface, string text)
    {
        using var font = typeface is null ? null : new SKFont(typeface);
        for (var i = 0; i < text.Length; i += char.IsSurrogatePair(text, i) ? 2 : 1)
        {
            var c = char.ConvertToUtf32(text, i);
            if (!char.IsWhiteSpace(text, i) && (font is null || font.GetGlyph(c) == 0))
            {
                return c;
            }
        }

        return 'A';
    }
}
