using A11yFeed.Storage;
using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Hangfire.Storage.SQLite;

namespace A11yFeed.Jobs;

/// <summary>Hangfire's storage for the provider in the settings: a SQLite file beside the articles, or PostgreSQL.</summary>
public static class JobStorageFactory
{
    public static JobStorage Create(StorageOptions storage, JobsOptions jobs)
    {
        if (!storage.IsPostgres)
        {
            Directory.CreateDirectory(storage.DataDirectory);
            return new SQLiteStorage(storage.JobsDatabasePath, new SQLiteStorageOptions { QueuePollInterval = jobs.QueuePollInterval });
        }

        var options = PostgresOptions(jobs);
        return new PostgreSqlStorage(new NpgsqlConnectionFactory(storage.PostgresJobsConnectionString, options), options);
    }

    /// <summary>
    /// A second PostgreSQL storage on the same database whose idle workers do not LISTEN: they hear of jobs enqueued in
    /// their own process at once (the library signals those in memory) and look for other processes' jobs every
    /// <see cref="JobsOptions.QuietQueuePollInterval"/>. Every NOTIFY wakes every listening idle worker of every queue
    /// in every process, and each woken worker runs a fetch and a new LISTEN, mostly to find nothing; the poll queue's
    /// many idle workers made most of the database's statements that way (docs/scale-out.md, Benchmark). The schema
    /// is the first storage's to prepare.
    /// </summary>
    public static JobStorage CreateWithoutListening(StorageOptions storage, JobsOptions jobs)
    {
        var options = PostgresOptions(jobs);
        options.EnableLongPolling = false;
        options.QueuePollInterval = jobs.QuietQueuePollInterval;
        options.PrepareSchemaIfNecessary = false;
        return new PostgreSqlStorage(new NpgsqlConnectionFactory(storage.PostgresJobsConnectionString, options), options);
    }

    /// <summary>
    /// Sliding invisibility, so a long synthesis is never handed to a second live worker while the first still runs;
    /// LISTEN/NOTIFY, so an idle worker in another process hears of a new job at once instead of at its next poll.
    /// Hangfire's own locks (a row per lock, taken for a few milliseconds around each state change) are presumed
    /// abandoned after the same time as a silent worker's jobs: a worker killed while changing a job's state left
    /// that row behind, and the job, though handed to another worker after the invisibility timeout, waited for
    /// the library's default ten minutes before its state could change.
    /// </summary>
    public static PostgreSqlStorageOptions PostgresOptions(JobsOptions jobs) => new()
    {
        UseSlidingInvisibilityTimeout = true,
        InvisibilityTimeout = jobs.InvisibilityTimeout,
        DistributedLockTimeout = jobs.InvisibilityTimeout,
        EnableLongPolling = true,
        QueuePollInterval = jobs.QueuePollInterval,
        PrepareSchemaIfNecessary = true,
    };
}
