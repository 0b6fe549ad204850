using System.Globalization;

namespace A11yFeed.Publishing;

/// <summary>
/// Where an older page starts: strictly after the article with this sort date and id in the feed's order
/// (newest first, then highest id). Written into links as "before={utc ticks}.{offset minutes}.{id}".
/// </summary>
/// <remarks>
/// A position rather than a page number: the query seeks to it and reads one page, so page 40 costs what
/// page 2 does, and an article arriving while a reader walks back moves nothing they have not yet read.
/// </remarks>
public sealed record FeedPageCursor(DateTimeOffset Published, long Id)
{
    public const string QueryName = "before";

    public static FeedPageCursor After(FeedItem item) => new(item.Published, item.Id);

    /// <summary>
    /// Reads the cursor of a request's "before" parameter: true with null for the first page, true with a cursor
    /// for an older one, false when the parameter is there but is not a cursor.
    /// </summary>
    public static bool TryRead(HttpRequest request, out FeedPageCursor? cursor)
    {
        var before = request.Query[QueryName].ToString();
        cursor = null;
        return before.Length == 0 || TryParse(before, out cursor);
    }

    /// <summary>Reads a cursor from a link; anything else (hand-edited, truncated) gives false.</summary>
    public static bool TryParse(string? value, out FeedPageCursor? cursor)
    {
        cursor = null;
        var parts = value?.Split('.') ?? [];
        if (parts.Length != 3
            || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            || !int.TryParse(parts[1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var minutes)
            || !long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            || ticks > DateTimeOffset.MaxValue.UtcTicks
            || minutes is < -14 * 60 or > 14 * 60)
        {
            return false;
        }

        var utc = new DateTimeOffset(ticks, TimeSpan.Zero);
        var offset = TimeSpan.FromMinutes(minutes);
        if (utc.UtcTicks + offset.Ticks < DateTimeOffset.MinValue.UtcTicks || utc.UtcTicks + offset.Ticks > DateTimeOffset.MaxValue.UtcTicks)
        {
            return false;
        }

        cursor = new FeedPageCursor(utc.ToOffset(offset), id);
        return true;
    }

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture, $"{Published.UtcTicks}.{(int)Published.Offset.TotalMinutes}.{Id}");
}
