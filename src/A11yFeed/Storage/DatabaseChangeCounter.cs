using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace A11yFeed.Storage;

/// <summary>
/// A number that moves whenever any connection, in this process or another, on this machine or another, commits a
/// change to the article database. Asked on one connection kept open for the purpose, so it costs well under a
/// millisecond and misses no writer (jobs, admin, tests writing directly). On SQLite it is <c>PRAGMA data_version</c>;
/// on PostgreSQL the row a statement trigger on the articles table counts up (see the Postgres migrations), which a
/// reader sees only once the change it counts is committed. Callers serialise their calls.
/// </summary>
public sealed class DatabaseChangeCounter(IServiceProvider services) : IDisposable
{
    /// <summary>The row of the PostgreSQL change counter the migration creates.</summary>
    public const string PostgresQuery = """SELECT "Value" FROM "ChangeCounter" WHERE "Id" = 1""";

    private DbConnection? _watch;
    private DbCommand? _ask;
    private bool _unsupported;

    /// <summary>The current count; null when the database cannot be watched this way, or not just now.</summary>
    public long? Read()
    {
        if (_unsupported)
        {
            return null;
        }

        try
        {
            _ask ??= Open();
            return _ask is null ? null : (long)_ask.ExecuteScalar()!;
        }
        catch (NpgsqlException)
        {
            // The server restarted or the network dropped: serve uncached until it answers again.
            Dispose();
            return null;
        }
    }

    private DbCommand? Open()
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<A11yFeedDbContext>();
        var connectionString = db.Database.GetConnectionString();
        (_watch, var query) = db.Database.IsSqlite() ? (new SqliteConnection(connectionString), "PRAGMA data_version")
            : db.Database.IsNpgsql() ? ((DbConnection)new NpgsqlConnection(connectionString), PostgresQuery)
            : (null, "");
        if (_watch is null)
        {
            _unsupported = true;
            return null;
        }

        _watch.Open();
        var ask = _watch.CreateCommand();
        ask.CommandText = query;
        ask.Prepare();
        return ask;
    }

    public void Dispose()
    {
        _ask?.Dispose();
        _watch?.Dispose();
        _ask = null;
        _watch = null;
    }
}
