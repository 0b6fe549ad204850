using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace A11yFeed.Storage;

/// <summary>
/// A number that moves whenever any connection, in this process or another, commits a change to the article
/// database. On SQLite it is <c>PRAGMA data_version</c> on one connection kept open for the purpose, which costs
/// microseconds to ask and misses no writer (jobs, admin, tests writing directly). Callers serialise their calls.
/// </summary>
public sealed class DatabaseChangeCounter(IServiceProvider services) : IDisposable
{
    private SqliteConnection? _watch;
    private SqliteCommand? _ask;
    private bool _unsupported;

    /// <summary>The current count; null when the database cannot be watched this way.</summary>
    public long? Read()
    {
        if (_unsupported)
        {
            return null;
        }

        if (_ask is null)
        {
            using var scope = services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<A11yFeedDbContext>();
            if (!db.Database.IsSqlite())
            {
                _unsupported = true;
                return null;
            }

            _watch = new SqliteConnection(db.Database.GetConnectionString());
            _watch.Open();
            _ask = _watch.CreateCommand();
            _ask.CommandText = "PRAGMA data_version";
            _ask.Prepare();
        }

        return (long)_ask.ExecuteScalar()!;
    }

    public void Dispose()
    {
        _ask?.Dispose();
        _watch?.Dispose();
        _ask = null;
        _watch = null;
    }
}
