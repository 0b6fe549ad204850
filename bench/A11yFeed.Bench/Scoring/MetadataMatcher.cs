using System.Globalization;
using System.Text.RegularExpressions;

namespace A11yFeed.Bench.Scoring;

/// <summary>
/// How an extracted author or date counts as right against a label. Labels are loose (trailing newlines,
/// "宋怡 杨志华" vs "宋怡、杨志华", dates without a day), so the rules compare what a reader would.
/// </summary>
internal static partial class MetadataMatcher
{
    /// <summary>"UNKNOWN" and blank labels are not labels; such pages are left out of the accuracy.</summary>
    public static bool IsLabelled(string? label) =>
        !string.IsNullOrWhiteSpace(label) && !label.Trim().Equals("UNKNOWN", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Both sides lose whitespace, punctuation and symbols and are lower-cased; the author is right when
    /// either contains the other (a label of several names matches the same names however separated,
    /// and "周思博 (Joel Spolsky)" matches "周思博"). An empty extraction is wrong.
    /// </summary>
    public static bool AuthorMatches(string? extracted, string label)
    {
        var got = NormaliseName(extracted);
        var want = NormaliseName(label);
        return got.Length > 0 && want.Length > 0 && (got.Contains(want, StringComparison.Ordinal) || want.Contains(got, StringComparison.Ordinal));
    }

    /// <summary>
    /// Same calendar day as written on the page (the extracted time's own offset, Beijing time for
    /// Chinese pages); a label without a day ("2003-5") needs the same year and month.
    /// </summary>
    public static bool DateMatches(DateTimeOffset? extracted, string label)
    {
        var match = LabelDate().Match(label);
        if (extracted is not { } got || !match.Success)
        {
            return false;
        }

        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        var sameMonth = got.Year == year && got.Month == month;
        return match.Groups["d"].Success
            ? sameMonth && got.Day == int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture)
            : sameMonth;
    }

    private static string NormaliseName(string? name) =>
        name is null ? string.Empty : NotNameCharacter().Replace(name, string.Empty).ToLowerInvariant();

    [GeneratedRegex(@"[\s\p{P}\p{S}]+")]
    private static partial Regex NotNameCharacter();

    [GeneratedRegex(@"(?<y>\d{4})\s*[-/.年]\s*(?<m>\d{1,2})(?:\s*[-/.月]\s*(?<d>\d{1,2}))?")]
    private static partial Regex LabelDate();
}
