using A11yFeed.Storage;
using Microsoft.Extensions.Options;
using Npgsql;

namespace A11yFeed.Tests.Storage;

public sealed class DatabaseLocksTests
{
    [Fact]
    public async Task ArticleSpeech_OneHolderAtATime_Sqlite()
    {
        var locks = new DatabaseLocks(Options.Create(new StorageOptions()));

        var first = await locks.TryLockArticleSpeechAsync(7, CancellationToken.None);
        var second = await locks.TryLockArticleSpeechAsync(7, CancellationToken.None);
        var other = await locks.TryLockArticleSpeechAsync(8, CancellationToken.None);
        await first!.DisposeAsync();
        var afterRelease = await locks.TryLockArticleSpeechAsync(7, CancellationToken.None);

        Assert.Null(second);
        Assert.NotNull(other);
        Assert.NotNull(afterRelease);
    }

    // Regression: a lock kept in a table row (Hangfire's DisableConcurrentExecution) outlived a killed holder for ten
    // minutes; a session advisory lock must go with the session, as it does when the holder's process dies.
    [PostgresFact]
    public async Task Schedule_OneOwnerAcrossProcesses_AndTakenOverWhenTheOwnerDies_Postgres()
    {
        var connectionString = PostgresServer.CreateDatabase();
        try
        {
            var settings = Options.Create(new StorageOptions { Provider = StorageOptions.Postgres, ConnectionString = connectionString });
            var (web, worker) = (new DatabaseLocks(settings), new DatabaseLocks(settings));

            var owner = await web.TryLockScheduleAsync(CancellationToken.None);
            var refused = await worker.TryLockScheduleAsync(CancellationToken.None);
            await TerminateOtherSessionsAsync(connectionString);
            var takenOver = await worker.TryLockScheduleAsync(CancellationToken.None);

            Assert.NotNull(owner);
            Assert.Null(refused);
            Assert.NotNull(takenOver);
            await takenOver!.DisposeAsync();
        }
        finally
        {
            PostgresServer.DropDatabase(connectionString);
        }
    }

    [PostgresFact]
    public async Task ArticleSpeech_OneHolderAtATime_Postgres()
    {
        var connectionString = PostgresServer.CreateDatabase();
        try
        {
            var settings = Options.Create(new StorageOptions { Provider = StorageOptions.Postgres, ConnectionString = connectionString });
            var (one, two) = (new DatabaseLocks(settings), new DatabaseLocks(settings));

            var first = await one.TryLockArticleSpeechAsync(7, CancellationToken.None);
            var second = await two.TryLockArticleSpeechAsync(7, CancellationToken.None);
            var other = await two.TryLockArticleSpeechAsync(8, CancellationToken.None);
            await first!.DisposeAsync();
            var afterRelease = await two.TryLockArticleSpeechAsync(7, CancellationToken.None);

            Assert.Null(second);
            Assert.NotNull(other);
            Assert.NotNull(afterRelease);
            await other!.DisposeAsync();
            await afterRelease!.DisposeAsync();
        }
        finally
        {
            PostgresServer.DropDatabase(connectionString);
        }
    }

    // Article locks share one session per process (a session of their own cost the server a new process per article
    // spoken); a session holds an advisory lock as often as asked, so two workers of one process must still exclude
    // each other, and a lock must go with its process.
    [PostgresFact]
    public async Task ArticleSpeech_OneHolderWithinAProcessToo_AndReleasedWhenTheProcessDies_Postgres()
    {
        var connectionString = PostgresServer.CreateDatabase();
        try
        {
            var settings = Options.Create(new StorageOptions { Provider = StorageOptions.Postgres, ConnectionString = connectionString });
            await using var process = new DatabaseLocks(settings);
            await using var other = new DatabaseLocks(settings);

            var first = await process.TryLockArticleSpeechAsync(7, CancellationToken.None);
            var sameProcess = await process.TryLockArticleSpeechAsync(7, CancellationToken.None);
            var second = await process.TryLockArticleSpeechAsync(8, CancellationToken.None);
            await first!.DisposeAsync();
            await first.DisposeAsync(); // a second release must not free a later holder
            var again = await process.TryLockArticleSpeechAsync(7, CancellationToken.None);
            var refusedElsewhere = await other.TryLockArticleSpeechAsync(7, CancellationToken.None);
            var sessions = await SessionsAsync(connectionString);
            await TerminateOtherSessionsAsync(connectionString);
            var takenOver = await other.TryLockArticleSpeechAsync(8, CancellationToken.None);

            Assert.Null(sameProcess);
            Assert.NotNull(second);
            Assert.NotNull(again);
            Assert.Null(refusedElsewhere);
            Assert.NotNull(takenOver);
            Assert.Equal(2, sessions); // one per process, however many locks it holds
        }
        finally
        {
            PostgresServer.DropDatabase(connectionString);
        }
    }

    /// <summary>Ends every session on the database but this one, as the server does for a process killed with -9.</summary>
    private static async Task TerminateOtherSessionsAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()", connection);
        await command.ExecuteNonQueryAsync();

        // pg_terminate_backend only signals: a session's locks go when its process has exited, which a loaded machine
        // may take a moment to do.
        await using var left = new NpgsqlCommand(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()", connection);
        for (var look = 0; look < 200 && (long)(await left.ExecuteScalarAsync())! > 0; look++)
        {
            await Task.Delay(50);
        }
    }

    /// <summary>Sessions on the database besides the asking one.</summary>
    private static async Task<long> SessionsAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
