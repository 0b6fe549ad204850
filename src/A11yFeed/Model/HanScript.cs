using System.Text;

namespace A11yFeed.Model;

/// <summary>
/// The one test for Chinese characters: the CJK Unified Ideographs with Extension A, the compatibility ideographs,
/// the supplementary-plane extensions B to H, and 〇 (the ideographic zero that dates are written with).
/// </summary>
public static class HanScript
{
    public static bool IsHan(Rune rune) =>
        rune.Value is 0x3007 or (>= 0x3400 and <= 0x4DBF) or (>= 0x4E00 and <= 0x9FFF) or (>= 0xF900 and <= 0xFAFF)
            or (>= 0x20000 and <= 0x3134F);

    /// <summary>Whether <paramref name="text"/> holds at least one Han character.</summary>
    public static bool Contains(string? text)
    {
        foreach (var rune in (text ?? "").EnumerateRunes())
        {
            if (IsHan(rune))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many Han characters <paramref name="text"/> holds.</summary>
    public static int Count(ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsHan(rune))
            {
                count++;
            }
        }

        return count;
    }
}
