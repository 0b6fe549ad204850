using A11yFeed.Jobs;
using A11yFeed.Storage;
using A11yFeed.Tests.Storage;
using Hangfire;
using Hangfire.Common;
using Hangfire.Logging;
using Hangfire.States;

namespace A11yFeed.Tests.Jobs;

/// <summary>The Hangfire servers a process runs, and how their idle workers hear of new jobs.</summary>
public sealed class JobServersTests
{
    // Every NOTIFY woke every listening idle worker in every process, and each ran a fetch and a new LISTEN: with ten
    // poll workers per process that was most of PostgreSQL's statements in the scale-out benchmark's burst.
    [Fact]
    public void Plan_WithPostgres_LetsOnePollWorkerListenAndTheRestPollQuietly()
    {
        var settings = new JobsOptions { PollWorkers = 10, PipelineWorkers = 4, SpeechWorkers = 1 };

        var plan = JobServers.Plan(settings, isPostgres: true);

        var polls = plan.Where(p => p.Queues.Contains(JobQueues.Poll)).ToList();
        Assert.Equal(10, polls.Sum(p => p.Workers));
        Assert.Equal(1, polls.Where(p => p.Listens).Sum(p => p.Workers));
        Assert.All(plan.Where(p => !p.Listens), p => Assert.False(p.IsLightweight));
        Assert.All(plan.Where(p => !p.Queues.Contains(JobQueues.Poll)), p => Assert.True(p.Listens));
    }

    [Fact]
    public void Plan_WithSqlite_RunsOneServerPerQueueAndNoneWithoutWorkers()
    {
        var settings = new JobsOptions { PollWorkers = 10, PipelineWorkers = 4, SpeechWorkers = 0 };

        var plan = JobServers.Plan(settings, isPostgres: false);

        Assert.Equal(["pipeline", "poll"], plan.Select(p => p.Name));
        Assert.Equal(10, plan.Single(p => p.Name == "poll").Workers);
    }

    [PostgresFact]
    public async Task QuietStorage_RunsPollsEnqueuedThroughTheListeningStorage()
    {
        LogProvider.SetCurrentLogProvider(null); // no test host: log nowhere (see JobStorageFactoryTests)
        var connectionString = PostgresServer.CreateDatabase();
        try
        {
            var storageOptions = new StorageOptions { Provider = StorageOptions.Postgres, ConnectionString = connectionString };
            var jobs = new JobsOptions { QueuePollInterval = TimeSpan.FromMilliseconds(200), QuietQueuePollInterval = TimeSpan.FromMilliseconds(200) };
            var enqueuing = JobStorageFactory.Create(storageOptions, jobs); // the clients' storage, which prepares the schema
            var quiet = JobStorageFactory.CreateWithoutListening(storageOptions, jobs);
            // Its own activator: the process-wide one belongs to whichever test host started Hangfire last, and
            // once that host is disposed every job it activates fails.
            using var server = new BackgroundJobServer(
                new BackgroundJobServerOptions
                {
                    Queues = [JobQueues.Poll], WorkerCount = 1, ServerName = "quiet-test", Activator = new JobActivator(),
                },
                quiet);

            new BackgroundJobClient(enqueuing).Create(Job.FromExpression(() => Probe.Record("polled")), new EnqueuedState(JobQueues.Poll));

            Assert.Equal("polled", await Probe.Ran.Task.WaitAsync(TimeSpan.FromSeconds(60)));
        }
        finally
        {
            PostgresServer.DropDatabase(connectionString);
        }
    }

    /// <summary>The job the test enqueues: Hangfire calls it by name, so it is public.</summary>
    public static class Probe
    {
        public static readonly TaskCompletionSource<string> Ran = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public static void Record(string what) => Ran.TrySetResult(what);
    }
}
