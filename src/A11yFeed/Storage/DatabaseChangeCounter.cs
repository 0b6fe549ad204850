using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace A11yFeed.Storage;

/// <summary>
/// A number that moves whenever any connection, in this process or another, on this machine or another, commits a
/// change to the article database. On SQLite it is <c>PRAGMA data_version</c>, asked on one connection kept open for
/// the purpose (well under a millisecond, in process), and it misses no writer. On PostgreSQL the articles' statement
/// trigger counts up a row and notifies a channel (see the Postgres migrations): while a <see cref="PostgresChangeListener"/>
/// hears that channel the number is the listener's and costs no round trip, so a web process serving feeds does not
/// ask the database per request; a change then shows the moment its notification arrives, a fraction of a millisecond
/// after the commit on one machine. Before the listener is up and whenever it is down, the row is read on each call as
/// before. Callers serialise their calls.
/// </summary>
public sealed class DatabaseChangeCounter(IServiceProvider services) : IDisposable
{
    /// <summary>The row of the PostgreSQL change counter the migration creates.</summary>
    public const string PostgresQuery = """SELECT "Value" FROM "ChangeCounter" WHERE "Id" = 1""";

    private DbConnection? _watch;
    private DbCommand? _ask;
    private bool _unsupported;
    private PostgresChangeListener? _listener;
    private long _lastRow = -1;

    /// <summary>True when the number comes from PostgreSQL notifications, without asking the database.</summary>
    public bool Listening => _listener?.Listening == true;

    /// <summary>The current count; null when the database cannot be watched this way, or not just now.</summary>
    public long? Read()
    {
        if (_unsupported)
        {
            return null;
        }

        if (_listener is { Listening: true } listener)
        {
            return listener.Generation;
        }

        try
        {
            _ask ??= Open();
            if (_ask is null)
            {
                return null;
            }

            var row = (long)_ask.ExecuteScalar()!;
            if (_listener is null)
            {
                return row;
            }

            // The listener's number is the one handed out on PostgreSQL either way, so moving between listening and
            // asking never repeats a number an older cache entry carries.
            if (row != _lastRow)
            {
                _lastRow = row;
                _listener.CountChange();
            }

            return _listener.Generation;
        }
        catch (NpgsqlException)
        {
            // The server restarted or the network dropped: serve uncached until it answers again.
            CloseQuery();
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

        if (_watch is NpgsqlConnection && _listener is null)
        {
            _listener = new PostgresChangeListener(connectionString!,
                services.GetService<TimeProvider>() ?? TimeProvider.System,
                services.GetService<ILoggerFactory>()?.CreateLogger<PostgresChangeListener>() ?? NullLogger<PostgresChangeListener>.Instance);
        }

        _watch.Open();
        var ask = _watch.CreateCommand();
        ask.CommandText = query;
        ask.Prepare();
        return ask;
    }

    private void CloseQuery()
    {
        _ask?.Dispose();
        _watch?.Dispose();
        _ask = null;
        _watch = null;
    }

    public void Dispose()
    {
        CloseQuery();
        _listener?.Dispose();
        _listener = null;
    }
}
