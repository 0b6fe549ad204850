using A11yFeed.Storage;
using Hangfire;
using Hangfire.Common;
using Microsoft.Extensions.Options;

namespace A11yFeed.Jobs;

/// <summary>
/// The Hangfire servers of a process whose role runs jobs: one per queue, so polls, extraction and speech never wait
/// for each other's workers, and none for a queue given 0 workers. Decided when the host starts, so settings added late
/// (tests, the command line) count. With SQLite only the pipeline server runs Hangfire's own schedulers (recurring and
/// delayed jobs, expiry), whose distributed locks are then never contended within the process; with PostgreSQL every
/// server runs them, because the sliding invisibility timeout is kept up by those processes.
/// </summary>
public sealed class JobServers(IServiceProvider services, JobStorage storage, IOptions<JobsOptions> options, IOptions<StorageOptions> storageOptions)
    : IHostedService, IDisposable
{
    private readonly List<BackgroundJobServerHostedService> _servers = [];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (settings.Role == JobsRole.Web)
        {
            return;
        }

        var lightweight = !storageOptions.Value.IsPostgres;
        foreach (var (name, queues, workers, isLightweight) in new (string, string[], int, bool)[]
        {
            ("pipeline", [JobQueues.Pipeline, "default"], settings.PipelineWorkers, false),
            ("poll", [JobQueues.Poll], settings.PollWorkers, lightweight),
            ("speech", [JobQueues.Speech], settings.SpeechWorkers, lightweight),
        })
        {
            if (workers == 0)
            {
                continue;
            }

            var server = new BackgroundJobServerHostedService(
                storage,
                new BackgroundJobServerOptions
                {
                    ServerName = $"{Environment.MachineName}.{Environment.ProcessId}:{name}",
                    Queues = queues,
                    WorkerCount = workers,
                    IsLightweightServer = isLightweight,
                    Activator = services.GetRequiredService<JobActivator>(),
                    FilterProvider = services.GetRequiredService<IJobFilterProvider>(),
                },
                []);
            _servers.Add(server);
            await server.StartAsync(cancellationToken);
        }
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
    }
}
