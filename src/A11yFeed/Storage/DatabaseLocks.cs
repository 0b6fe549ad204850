using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Npgsql;

namespace A11yFeed.Storage;

/// <summary>
/// Locks that hold across every process sharing the database and die with their holder. On PostgreSQL they are
/// session advisory locks on a connection of their own, which the server releases the moment the holder's process
/// dies (no row to expire, unlike Hangfire's lock table). On SQLite only one process may run, so they are in memory.
/// Article locks, one per speech job, share one session per process: a connection of its own per lock cost the
/// database a new server process (a fork and a cold catalogue cache) for every article spoken.
/// </summary>
public sealed class DatabaseLocks(IOptions<StorageOptions> options) : IAsyncDisposable, IDisposable
{
    // The first key of every lock A11yFeed takes, so its locks never meet another application's on a shared server.
    private const int ArticleSpeechKey = 0x0A11F001;
    private const int ScheduleKey = 0x0A11F002;
    private const int SchemaKey = 0x0A11F003;

    private readonly ConcurrentDictionary<(int, int), byte> _held = new();
    private readonly SemaphoreSlim _sharedGate = new(1, 1);
    private NpgsqlConnection? _shared;

    /// <summary>The right to speak one article now; null when another worker, in this process or another, holds it.</summary>
    public Task<IAsyncDisposable?> TryLockArticleSpeechAsync(long articleId, CancellationToken cancellationToken) =>
        options.Value.IsPostgres
            ? TryLockOnSharedSessionAsync(ArticleSpeechKey, unchecked((int)articleId), cancellationToken)
            : TryLockAsync(ArticleSpeechKey, unchecked((int)articleId), cancellationToken);

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

    /// <summary>
    /// A lock on the process's shared session. A session holds an advisory lock as often as it asks for it, so this
    /// process's own holders are kept apart in memory first, and the server keeps other processes out.
    /// </summary>
    private async Task<IAsyncDisposable?> TryLockOnSharedSessionAsync(int space, int key, CancellationToken cancellationToken)
    {
        if (!_held.TryAdd((space, key), 0))
        {
            return null;
        }

        try
        {
            await _sharedGate.WaitAsync(cancellationToken);
            try
            {
                // A session the server ended (a restart, an idle timeout) is found out by its first question: asked
                // again once on a new one.
                for (var attempt = 1; ; attempt++)
                {
                    var fresh = _shared is null;
                    var session = _shared ??= await OpenOwnConnectionAsync(cancellationToken);
                    try
                    {
                        // Not cancelled midway: a cancelled command would cost the session, and every lock on it.
                        if (await AskAsync(session, "SELECT pg_try_advisory_lock($1, $2)", space, key, CancellationToken.None))
                        {
                            return new SharedSessionLock(this, session, (space, key));
                        }

                        break;
                    }
                    catch (NpgsqlException) when (!fresh && attempt == 1)
                    {
                    }
                }
            }
            finally
            {
                _sharedGate.Release();
            }
        }
        catch
        {
            _held.TryRemove((space, key), out _);
            throw;
        }

        _held.TryRemove((space, key), out _);
        return null;
    }

    private async Task ReleaseOnSharedSessionAsync(NpgsqlConnection session, (int Space, int Key) key)
    {
        await _sharedGate.WaitAsync(CancellationToken.None);
        try
        {
            // A session replaced since took its locks with it; the new one never held this.
            if (ReferenceEquals(session, _shared))
            {
                await AskAsync(session, "SELECT pg_advisory_unlock($1, $2)", key.Space, key.Key, CancellationToken.None);
            }
        }
        catch (NpgsqlException)
        {
            // The session is gone, and the lock with it: the holder's work is done, so releasing cannot fail it.
        }
        finally
        {
            _sharedGate.Release();
            _held.TryRemove(key, out _);
        }
    }

    /// <summary>
    /// Runs one lock function on the shared session. A failure drops the session, and with it every lock it held, as a
    /// broken connection of its own did before: the speech job checks the saved audio again before saving.
    /// </summary>
    private async Task<bool> AskAsync(NpgsqlConnection session, string sql, int space, int key, CancellationToken cancellationToken)
    {
        try
        {
            await using var command = new NpgsqlCommand(sql, session) { Parameters = { new() { Value = space }, new() { Value = key } } };
            return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
        }
        catch
        {
            _shared = null;
            await session.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_shared is { } session)
        {
            _shared = null;
            await session.DisposeAsync();
        }
    }

    public void Dispose()
    {
        _shared?.Dispose();
        _shared = null;
    }

    private sealed class SharedSessionLock(DatabaseLocks owner, NpgsqlConnection session, (int, int) key) : IAsyncDisposable
    {
        private int _released;

        public async ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                await owner.ReleaseOnSharedSessionAsync(session, key);
            }
        }
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
