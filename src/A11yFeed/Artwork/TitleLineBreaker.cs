using System.Globalization;
using System.Text;

namespace A11yFeed.Artwork;

/// <summary>
/// Wraps a title into lines no wider than a limit: between words where the text has spaces, and between any two
/// characters of Chinese, Japanese or Korean text (which has no spaces), never before closing punctuation.
/// </summary>
public static class TitleLineBreaker
{
    /// <summary>The lines, or null when a single unbreakable piece is wider than <paramref name="maxWidth"/>.</summary>
    public static IReadOnlyList<string>? Wrap(string title, float maxWidth, Func<string, float> measure)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var piece in Pieces(title))
        {
            var candidate = line.ToString() + piece;
            if (measure(candidate.TrimEnd()) <= maxWidth)
            {
                line.Append(piece);
                continue;
            }

            if (line.Length == 0 || measure(piece.Trim()) > maxWidth)
            {
                return null;
            }

            lines.Add(line.ToString().Trim());
            line.Clear().Append(piece.TrimStart());
        }

        if (line.ToString().Trim() is { Length: > 0 } last)
        {
            lines.Add(last);
        }

        return lines;
    }

    /// <summary>Unbreakable pieces: a word with its following spaces, or one CJK character with any punctuation after it.</summary>
    public static IEnumerable<string> Pieces(string title)
    {
        var piece = new StringBuilder();
        var elements = StringInfo.GetTextElementEnumerator(title.Trim());
        while (elements.MoveNext())
        {
            var element = (string)elements.Current;
            var wide = IsWide(element);
            var closing = IsClosingPunctuation(element);
            var breakBefore = piece.Length > 0 && !closing && !IsOpeningPunctuation(piece[^1])
                && (wide || IsWide(piece[^1].ToString()) || char.IsWhiteSpace(piece[^1])) && !char.IsWhiteSpace(element[0]);
            if (breakBefore)
            {
                yield return piece.ToString();
                piece.Clear();
            }

            piece.Append(element);
        }

        if (piece.Length > 0)
        {
            yield return piece.ToString();
        }
    }

    private static bool IsWide(string element) =>
        char.ConvertToUtf32(element, 0) is var c
        && (c is >= 0x2E80 and <= 0x9FFF or >= 0xAC00 and <= 0xD7AF or >= 0xF900 and <= 0xFAFF or >= 0xFF00 and <= 0xFF60 or >= 0x20000 and <= 0x3FFFF);

    private static bool IsOpeningPunctuation(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.OpenPunctuation or UnicodeCategory.InitialQuotePunctuation;

    private static bool IsClosingPunctuation(string element) =>
        CharUnicodeInfo.GetUnicodeCategory(element, 0) is UnicodeCategory.ClosePunctuation or UnicodeCategory.FinalQuotePunctuation
        || element is "，" or "。" or "、" or "！" or "？" or "：" or "；" or "," or "." or "!" or "?" or ":" or ";";
}
