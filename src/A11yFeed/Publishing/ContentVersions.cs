using System.Collections.Concurrent;

namespace A11yFeed.Publishing;

/// <summary>
/// Remembers when each generated response last changed, for Last-Modified. Article dates cannot serve: an
/// article found late with an old date changes a feed without making it newer, and a client that only sends
/// If-Modified-Since must still see it.
/// </summary>
public sealed class ContentVersions(TimeProvider clock)
{
    // The Host header is the client's to choose, so the keys it adds are capped.
    private const int MaxEntries = 10_000;
    private readonly ConcurrentDictionary<string, (string Tag, DateTimeOffset Since)> _versions = new(StringComparer.Ordinal);

    /// <summary>
    /// When the content at <paramref name="key"/> took its current form <paramref name="tag"/>: unchanged while
    /// the tag is, and strictly later (by whole seconds, as HTTP dates go) each time it changes.
    /// </summary>
    public DateTimeOffset LastModified(string key, string tag)
    {
        if (_versions.Count > MaxEntries)
        {
            _versions.Clear();
        }

        var now = TruncateToSeconds(clock.GetUtcNow());
        return _versions.AddOrUpdate(
            key,
            _ => (tag, now),
            (_, old) => old.Tag == tag ? old : (tag, now > old.Since ? now : old.Since.AddSeconds(1))).Since;
    }

    private static DateTimeOffset TruncateToSeconds(DateTimeOffset value) =>
        new(value.Ticks - value.Ticks % TimeSpan.TicksPerSecond, value.Offset);
}
