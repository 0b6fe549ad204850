using System.Collections.Concurrent;
using A11yFeed.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace A11yFeed.Feeds;

/// <summary>
/// Keeps each feed response built since the database last changed, so repeat requests (and their 304s) skip
/// the query, the writer and the hash. Changes are seen through SQLite's <c>PRAGMA data_version</c> on one
/// connection kept open for the purpose: it moves whenever any other connection, in this process or another,
/// commits, which costs microseconds to ask and misses no writer (jobs, admin, tests writing directly).
/// </summary>
public sealed class FeedResponseCache : IDisposable
{
    // The Host header and the paging cursor are the client's to choose, so the entries they add are capped.
    private const int MaxEntries = 1_000;

    private readonly Lock _gate = new();
    private readonly ConcurrentDictionary<string, CachedFeed> _entries = new(StringComparer.Ordinal);
    private SqliteConnection? _watch;
    private SqliteCommand? _ask;
    private long _version = -1;
    private bool _disabled;

    // Arrival numbers of callers, and the highest one the last finished reading covers (see CurrentVersion).
    private long _arrivals;
    private long _coveredArrivals;

    /// <summary>
    /// The database's current version, dropping every entry built before it; null when it cannot be watched
    /// (not SQLite), and then nothing is cached.
    /// </summary>
    public long? CurrentVersion(IServiceProvider services)
    {
        // A reading that began after this caller arrived has seen every commit made before it arrived, so it
        // answers this caller too: under load one reading serves every caller that queued behind the one before,
        // instead of each asking in turn, and still no caller is ever answered from before its own arrival.
        var arrival = Interlocked.Increment(ref _arrivals);
        lock (_gate)
        {
            if (_disabled)
            {
                return null;
            }

            if (_version >= 0 && _coveredArrivals >= arrival)
            {
                return _version;
            }

            var covers = Interlocked.Read(ref _arrivals);
            if (_watch is null)
            {
                var db = services.GetRequiredService<A11yFeedDbContext>();
                if (!db.Database.IsSqlite())
                {
                    _disabled = true;
                    return null;
                }

                _watch = new SqliteConnection(db.Database.GetConnectionString());
                _watch.Open();
                _ask = _watch.CreateCommand();
                _ask.CommandText = "PRAGMA data_version";
                _ask.Prepare();
            }

            var version = (long)_ask!.ExecuteScalar()!;
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

    public void Dispose()
    {
        lock (_gate)
        {
            _ask?.Dispose();
            _watch?.Dispose();
            _ask = null;
            _watch = null;
        }
    }
}

/// <summary>A built feed response: its bytes, entity tag and WebSub Link header, valid at one database version.</summary>
public sealed record CachedFeed(long Version, byte[] Body, EntityTagHeaderValue Tag, string? Link);
