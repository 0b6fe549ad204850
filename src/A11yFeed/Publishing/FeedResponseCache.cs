using System.Collections.Concurrent;
using A11yFeed.Storage;
using Microsoft.Net.Http.Headers;

namespace A11yFeed.Publishing;

/// <summary>
/// Keeps each feed response built since the database last changed (<see cref="DatabaseChangeCounter"/>), so repeat
/// requests (and their 304s) skip the query, the writer and the hash.
/// </summary>
public sealed class FeedResponseCache(DatabaseChangeCounter changes)
{
    // The Host header and the paging cursor are the client's to choose, so the entries they add are capped.
    private const int MaxEntries = 1_000;

    private readonly Lock _gate = new();
    private readonly ConcurrentDictionary<string, CachedFeed> _entries = new(StringComparer.Ordinal);
    private long _version = -1;

    // Arrival numbers of callers, and the highest one the last finished reading covers (see CurrentVersion).
    private long _arrivals;
    private long _coveredArrivals;

    /// <summary>
    /// The database's current version, dropping every entry built before it; null when it cannot be watched,
    /// and then nothing is cached.
    /// </summary>
    public long? CurrentVersion()
    {
        // A reading that began after this caller arrived has seen every commit made before it arrived, so it
        // answers this caller too: under load one reading serves every caller that queued behind the one before,
        // instead of each asking in turn, and still no caller is ever answered from before its own arrival.
        var arrival = Interlocked.Increment(ref _arrivals);
        lock (_gate)
        {
            if (_version >= 0 && _coveredArrivals >= arrival)
            {
                return _version;
            }

            var covers = Interlocked.Read(ref _arrivals);
            if (changes.Read() is not { } version)
            {
                return null;
            }

            if (version != _version)
            {
                _entries.Clear();
                _version = version;
            }

            _coveredArrivals = covers;
            return version;
        }
    }

    public CachedFeed? Find(string key, long version) =>
        _entries.TryGetValue(key, out var entry) && entry.Version == version ? entry : null;

    public void Add(string key, CachedFeed entry)
    {
        if (_entries.Count >= MaxEntries)
        {
            _entries.Clear();
        }

        _entries[key] = entry;
    }
}

/// <summary>A built feed response: its bytes, entity tag and WebSub Link header, valid at one database version.</summary>
public sealed record CachedFeed(long Version, byte[] Body, EntityTagHeaderValue Tag, string? Link);
