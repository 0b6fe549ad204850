using A11yFeed.Jobs;
using A11yFeed.Storage;
using A11yFeed.Tests.Storage;
using Hangfire.Logging;
using Npgsql;

namespace A11yFeed.Tests.Jobs;

/// <summary>The PostgreSQL job storage the service builds, on a real server.</summary>
public sealed class JobStorageFactoryTests
{
    // A worker killed while changing a job's state left Hangfire's lock row for that job behind; the job went to
    // another worker after the invisibility timeout but could not change state for the library's default ten
    // minutes (found by the scale-out benchmark's failover phase).
    [PostgresFact]
    public void PostgresStorage_ALockLeftByAKilledWorker_IsTakenOverAfterTheInvisibilityTimeout()
    {
        // Hangfire logs through one process-wide provider, which the last test host to start pointed at its own
        // logger factory; once that host is disposed, the schema installer's first logger throws, and the storage
        // swallows the failed install. This test builds a storage without a host, so it logs nowhere.
        LogProvider.SetCurrentLogProvider(null);
        var connectionString = PostgresServer.CreateDatabase();
        try
        {
            var jobs = new JobsOptions { InvisibilityTimeout = TimeSpan.FromSeconds(5) };
            var storage = JobStorageFactory.Create(
                new StorageOptions { Provider = StorageOptions.Postgres, ConnectionString = connectionString }, jobs);
            using (var connection = new NpgsqlConnection(connectionString))
            {
                connection.Open();

                // The row a killed process leaves: acquired a minute ago, never deleted.
                using var insert = new NpgsqlCommand(
                    """INSERT INTO hangfire.lock (resource, updatecount, acquired) VALUES ('hangfire:job:42:state-lock', 0, now() - interval '1 minute')""",
                    connection);
                insert.ExecuteNonQuery();
            }

            using var jobConnection = storage.GetConnection();
            using var taken = jobConnection.AcquireDistributedLock("job:42:state-lock", TimeSpan.FromSeconds(5));

            Assert.NotNull(taken);
        }
        finally
        {
            PostgresServer.DropDatabase(connectionString);
        }
    }

    [Fact]
    public void PostgresOptions_PresumeAbandonedLocksDeadWithTheirWorker()
    {
        var jobs = new JobsOptions { InvisibilityTimeout = TimeSpan.FromSeconds(40) };

        var options = JobStorageFactory.PostgresOptions(jobs);

        Assert.Equal((TimeSpan.FromSeconds(40), TimeSpan.FromSeconds(40)), (options.InvisibilityTimeout, options.DistributedLockTimeout));
        Assert.True(options.UseSlidingInvisibilityTimeout);
    }
}
