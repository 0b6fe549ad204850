using System.Globalization;
using System.Text.RegularExpressions;

namespace A11yFeed.Extraction;

/// <summary>
/// Finds a publish time in free text or attribute values. Times without an offset are read as Beijing
/// time on Chinese pages (they are written for readers in China) and as UTC otherwise.
/// </summary>
internal static partial class PublishTimeParser
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    private static readonly string[] EnglishFormats =
    [
        "MMMM d, yyyy", "MMM d, yyyy", "MMM. d, yyyy", "d MMMM yyyy", "d MMM yyyy",
        "MMMM d, yyyy h:mm tt", "MMM d, yyyy h:mm tt", "dddd, MMMM d, yyyy", "dddd d MMMM yyyy",
    ];

    public static bool TryFind(string? text, bool chinese, out DateTimeOffset published)
    {
        published = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var iso = IsoWithOffset().Match(text);
        if (iso.Success && DateTimeOffset.TryParse(iso.Value, CultureInfo.InvariantCulture, DateTimeStyles.None, out published))
        {
            return true;
        }

        var numeric = NumericDate().Match(text);
        if (numeric.Success && TryBuild(numeric, out var local))
        {
            published = WithZone(local, chinese);
            return true;
        }

        // Older Chinese CMSs print the server's US-style stamp: "9/17/2004 5:54:13 AM".
        var us = UsDate().Match(text);
        if (us.Success && TryBuild(us, out var usLocal))
        {
            published = WithZone(us.Groups["pm"].Success && usLocal.Hour < 12 ? usLocal.AddHours(12) : us.Groups["am"].Success && usLocal.Hour == 12 ? usLocal.AddHours(-12) : usLocal, chinese);
            return true;
        }

        var english = EnglishDate().Match(text);
        if (english.Success)
        {
            var candidate = english.Value.Trim().TrimEnd(',', '.');
            if (DateTime.TryParseExact(candidate, EnglishFormats, CultureInfo.GetCultureInfo("en-US"), DateTimeStyles.AllowWhiteSpaces, out var parsed))
            {
                published = WithZone(parsed, chinese);
                return true;
            }
        }

        return false;
    }

    /// <summary>A month on a line of its own ("2003年5月" under a report's title): the best date such a page gives.</summary>
    public static bool TryFindMonth(string text, bool chinese, out DateTimeOffset published)
    {
        published = default;
        var month = YearMonth().Match(text);
        if (!month.Success || !TryBuild(month, out var local))
        {
            return false;
        }

        published = WithZone(local, chinese);
        return true;
    }

    /// <summary>A magazine issue named at the end of a reprint: "《北京之春》1996年6月号" is June 1996.</summary>
    public static bool TryFindIssueMonth(string text, bool chinese, out DateTimeOffset published)
    {
        published = default;
        var issue = IssueMonth().Match(text);
        if (!issue.Success || text.Length > MaxIssueLine || !TryBuild(issue, out var local))
        {
            return false;
        }

        published = WithZone(local, chinese);
        return true;
    }

    private const int MaxIssueLine = 60;

    private static bool TryBuild(Match m, out DateTime local)
    {
        local = default;
        var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(m.Groups["mo"].Value, CultureInfo.InvariantCulture);
        var day = m.Groups["d"].Success ? int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture) : 1;
        var hour = m.Groups["h"].Success ? int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture) : 0;
        var minute = m.Groups["mi"].Success ? int.Parse(m.Groups["mi"].Value, CultureInfo.InvariantCulture) : 0;
        var second = m.Groups["s"].Success ? int.Parse(m.Groups["s"].Value, CultureInfo.InvariantCulture) : 0;
        if (year is < 1990 or > 2200 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)
            || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        local = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified);
        return true;
    }

    private static DateTimeOffset WithZone(DateTime local, bool chinese)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        var offset = chinese ? Shanghai.GetUtcOffset(unspecified) : TimeSpan.Zero;
        return new DateTimeOffset(unspecified, offset);
    }

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?\s?(Z|[+-]\d{2}:?\d{2})")]
    private static partial Regex IsoWithOffset();

    [GeneratedRegex(@"(?<y>\d{4})\s*[-/.年]\s*(?<mo>\d{1,2})\s*[-/.月]\s*(?<d>\d{1,2})\s*日?(?:\s*T?\s*(?<h>\d{1,2})\s*[:：时]\s*(?<mi>\d{1,2})(?:\s*[:：分]\s*(?<s>\d{1,2}))?)?")]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"(?<![\d/])(?<mo>\d{1,2})/(?<d>\d{1,2})/(?<y>\d{4})(?:\s+(?<h>\d{1,2}):(?<mi>\d{2})(?::(?<s>\d{2}))?(?:\s*(?:(?<am>AM|am)|(?<pm>PM|pm)))?)?")]
    private static partial Regex UsDate();

    [GeneratedRegex(@"《[^》]{1,20}》\s*(?:第?\s*)?(?<y>\d{4})\s*年\s*(?<mo>\d{1,2})\s*月号")]
    private static partial Regex IssueMonth();

    [GeneratedRegex(@"^\s*(?<y>\d{4})年(?<mo>\d{1,2})月\s*$")]
    private static partial Regex YearMonth();

    [GeneratedRegex(@"((Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?(\d{1,2}\s+)?(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?(\s+\d{1,2},?)?\s+\d{4}(\s+\d{1,2}:\d{2}\s*(AM|PM|am|pm))?")]
    private static partial Regex EnglishDate();
}
