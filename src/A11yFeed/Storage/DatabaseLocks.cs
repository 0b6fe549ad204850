using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Npgsql;

namespace A11yFeed.Storage;

/// <summary>
/// Locks that hold across every process sharing the database and die with their holder. On PostgreSQL they are
/// session advisory locks on a connection of their own, which the server releases the moment the holder's process
/// dies (no row to expire, unlike Hangfire's lock table). On SQLite only one process may run, so they are in memory.
/// </summary>
public sealed class DatabaseLocks(IOptions<StorageOptions> options)
{
    // The first key of every lock A11yFeed takes, so its locks never meet another application's on a shared server.
    private const int ArticleSpeechKey = 0x0A11F001;
    private const int ScheduleKey = 0x0A11F002;
    private const int SchemaKey = 0x0A11F003;

    private readonly ConcurrentDictionary<(int, int), byte> _held = new();

    /// <summary>The right to speak one article now; null when another worker holds it.</summary>
    public Task<IAsyncDisposable?> TryLockArticleSpeechAsync(long articleId, CancellationToken cancellationToken) =>
        TryLockAsync(ArticleSpeechKey, unchecked((int)articleId), cancellationToken);

    /// <summary>The right to own the source schedule; null while another process owns it.</summary>
    public Task<IAsyncDisposable?> TryLockScheduleAsync(CancellationToken cancellationToken) =>
        TryLockAsync(ScheduleKey, 0, cancellationToken);

    /// <summary>
    /// Waits for the right to create or change the schemas (articles and jobs), so processes started together bring
    /// them up to date one after another: the first does the work, the others find nothing left to do.
    /// </summary>
    public async Task<IAsyncDisposable> LockSchemaAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.IsPostgres)
        {
            return new InMemoryLock(_held, (SchemaKey, 0));
        }

        var connection = await OpenOwnConnectionAsync(cancellationToken);
        try
        {
            await using var command = new NpgsqlCommand("SELECT pg_advisory_lock($1, 0)", connection) { Parameters = { new() { Value = SchemaKey } } };
            await command.ExecuteNonQueryAsync(cancellationToken);
            return new SessionLock(connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private async Task<NpgsqlConnection> OpenOwnConnectionAsync(CancellationToken cancellationToken)
    {
        // Never from the pool: a pooled connection handed back would keep the lock for whoever took it next.
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(options.Value.ConnectionString) { Pooling = false }.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private async Task<IAsyncDisposable?> TryLockAsync(int space, int key, CancellationToken cancellationToken)
    {
        if (!options.Value.IsPostgres)
        {
            return _held.TryAdd((space, key), 0) ? new InMemoryLock(_held, (space, key)) : null;
        }

        var connection = await OpenOwnConnectionAsync(cancellationToken);
        try
        {
            await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock($1, $2)", connection)
            {
                Parameters = { new() { Value = space }, new() { Value = key } },
            };
            if ((bool)(await command.ExecuteScalarAsync(cancellationToken))!)
            {
                return new SessionLock(connection);
            }
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }

        await connection.DisposeAsync();
        return null;
    }

    private sealed class InMemoryLock(ConcurrentDictionary<(int, int), byte> held, (int, int) key) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            held.TryRemove(key, out _);
            return ValueTask.CompletedTask;
        }
    }

    /// <summary>Closing the session releases its advisory locks.</summary>
    private sealed class SessionLock(NpgsqlConnection connection) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => connection.DisposeAsync();
    }
}
