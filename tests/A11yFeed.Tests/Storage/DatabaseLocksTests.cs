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

    /// <summary>Ends every session on the database but this one, as the server does for a process killed with -9.</summary>
    private static async Task TerminateOtherSessionsAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()", connection);
        await command.ExecuteNonQueryAsync();
    }
}
