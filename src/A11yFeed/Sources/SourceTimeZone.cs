using System.Diagnostics.CodeAnalysis;
using A11yFeed.Model;

namespace A11yFeed.Sources;

/// <summary>
/// The time zone of a source's calendar: its own <see cref="SourceDefinition.TimeZone"/>, else Asia/Shanghai for a
/// Chinese source (the municipal sites this serves publish on Beijing time), else UTC.
/// </summary>
public static class SourceTimeZone
{
    public const string ChineseDefault = "Asia/Shanghai";

    public static TimeZoneInfo For(SourceDefinition source) =>
        source.TimeZone is { } id && TryFind(id, out var zone) ? zone
        : LanguageTag.IsChinese(source.Language) ? TimeZoneInfo.FindSystemTimeZoneById(ChineseDefault)
        : TimeZoneInfo.Utc;

    /// <summary>Finds an IANA (or Windows) zone id; false for an unknown one, never an exception.</summary>
    public static bool TryFind(string id, [NotNullWhen(true)] out TimeZoneInfo? zone)
    {
        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(id.Trim());
            return true;
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException or ArgumentException)
        {
            zone = null;
            return false;
        }
    }
}
