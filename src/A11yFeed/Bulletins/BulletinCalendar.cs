using System.Globalization;
using A11yFeed.Model;
using A11yFeed.Sources;
using Microsoft.Extensions.Options;

namespace A11yFeed.Bulletins;

/// <summary>
/// The day a bulletin belongs to: each feed's calendar day in its own time zone (a source's, or the combined feed's),
/// when that day starts and ends, and which day it is now on the injected clock.
/// </summary>
public sealed class BulletinCalendar(SourceCatalog catalog, IOptions<BulletinOptions> options, TimeProvider clock)
{
    public const string DateFormat = "yyyy-MM-dd";

    /// <summary>The ids of every daily bulletin: each source's and the combined one.</summary>
    public IEnumerable<string> FeedIds => catalog.All.Select(s => s.Id).Append(CombinedFeed.Id);

    /// <summary>Whether <paramref name="feedId"/> names a bulletin: a catalogued source or "all".</summary>
    public bool Exists(string feedId) => feedId == CombinedFeed.Id || catalog.Find(feedId) is not null;

    public TimeZoneInfo ZoneOf(string feedId)
    {
        if (catalog.Find(feedId) is { } source)
        {
            return SourceTimeZone.For(source);
        }

        if (options.Value.CombinedTimeZone is { Length: > 0 } configured && SourceTimeZone.TryFind(configured, out var zone))
        {
            return zone;
        }

        var zones = catalog.All.Select(SourceTimeZone.For).DistinctBy(z => z.Id).ToList();
        return zones.Count == 1 ? zones[0] : TimeZoneInfo.Utc;
    }

    public DateOnly Today(string feedId) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), ZoneOf(feedId)).DateTime);

    /// <summary>The feed's calendar day in which <paramref name="instant"/> falls.</summary>
    public DateOnly DayOf(string feedId, DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, ZoneOf(feedId)).DateTime);

    /// <summary>A day is closed once midnight has passed in the feed's zone: its bulletin is final.</summary>
    public bool IsClosed(string feedId, DateOnly date) => date < Today(feedId);

    /// <summary>From the day's first instant to the next day's, as absolute times.</summary>
    public (DateTimeOffset Start, DateTimeOffset End) Window(string feedId, DateOnly date)
    {
        var zone = ZoneOf(feedId);
        return (StartOf(date, zone), StartOf(date.AddDays(1), zone));
    }

    public static string Format(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    public static bool TryParse(string? value, out DateOnly date) =>
        DateOnly.TryParseExact(value, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private static DateTimeOffset StartOf(DateOnly date, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        // A zone that skips midnight (a daylight-saving jump) starts its day at the first instant that exists.
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(15);
        }

        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
