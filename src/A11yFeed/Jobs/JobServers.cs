using A11yFeed.Storage;
using Hangfire;
using Hangfire.Common;
using Microsoft.Extensions.Options;

namespace A11yFeed.Jobs;

/// <summary>
/// The Hangfire servers of a process whose role runs jobs: one per queue (two for polls with PostgreSQL, see
/// <see cref="Plan"/>), so polls, extraction and speech never wait
/// for each other's workers, and none for a queue given 0 workers. Decided when the host starts, so settings added late
/// (tests, the command line) count. With SQLite only the pipeline server runs Hangfire's own schedulers (recurring and
/// delayed jobs, expiry), whose distributed locks are then never contended within the process; with PostgreSQL every
/// server runs them, because the sliding invisibility timeout is kept up by those processes.
/// </summary>
public sealed class JobServers(IServiceProvider services, JobStorage storage, IOptions<JobsOptions> options, IOptions<StorageOptions> storageOptions)
    : IHostedService, IDisposable
{
    private readonly List<BackgroundJobServerHostedService> _servers = [];
    private JobStorage? _quiet;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (settings.Role == JobsRole.Web)
        {
            return;
        }

        foreach (var plan in Plan(settings, storageOptions.Value.IsPostgres))
        {
            var serverStorage = plan.Listens ? storage : _quiet ??= JobStorageFactory.CreateWithoutListening(storageOptions.Value, settings);
            var server = new BackgroundJobServerHostedService(
                serverStorage,
                new BackgroundJobServerOptions
                {
                    ServerName = $"{Environment.MachineName}.{Environment.ProcessId}:{plan.Name}",
                    Queues = plan.Queues,
                    WorkerCount = plan.Workers,
                    IsLightweightServer = plan.IsLightweight,
                    Activator = services.GetRequiredService<JobActivator>(),
                    FilterProvider = services.GetRequiredService<IJobFilterProvider>(),
                },
                []);
            _servers.Add(server);
            await server.StartAsync(cancellationToken);
        }
    }

    /// <summary>
    /// The servers to start, none with 0 workers. With PostgreSQL one poll worker listens for polls asked by other
    /// processes (the web process's "poll now") and the others poll the queue quietly: a NOTIFY wakes every listening
    /// idle worker of every queue, and ten idle poll workers per process woken by each extraction and speech job
    /// enqueued made most of the database's work in a burst. Jobs enqueued in the same process wake their queue's
    /// workers at once either way. A quiet server keeps Hangfire's own processes, because the sliding invisibility
    /// of the jobs it fetches is kept up by its storage's components.
    /// </summary>
    public static IReadOnlyList<JobServerPlan> Plan(JobsOptions settings, bool isPostgres)
    {
        var lightweight = !isPostgres;
        var listeningPollWorkers = isPostgres ? Math.Min(1, settings.PollWorkers) : settings.PollWorkers;
        return new JobServerPlan[]
        {
            new("pipeline", [JobQueues.Pipeline, "default"], settings.PipelineWorkers, false, Listens: true),
            new("poll", [JobQueues.Poll], listeningPollWorkers, lightweight, Listens: true),
            new("poll-quiet", [JobQueues.Poll], settings.PollWorkers - listeningPollWorkers, false, Listens: false),
            new("speech", [JobQueues.Speech], settings.SpeechWorkers, lightweight, Listens: true),
        }.Where(plan => plan.Workers > 0).ToList();
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        foreach (var server in _servers)
        {
            await server.StopAsync(cancellationToken);
        }
    }

    public void Dispose()
    {
        foreach (var server in _servers)
        {
            server.Dispose();
        }

        (_quiet as IDisposable)?.Dispose();
    }
}
