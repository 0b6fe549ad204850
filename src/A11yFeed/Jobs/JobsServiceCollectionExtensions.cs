using A11yFeed.Model;
using A11yFeed.Storage;
using Hangfire;
using Hangfire.Storage.SQLite;
using Microsoft.Extensions.Options;

namespace A11yFeed.Jobs;

public static class JobsServiceCollectionExtensions
{
    /// <summary>Hangfire on its own SQLite file, three worker pools (poll, pipeline and speech), the per-source schedule and the jobs.</summary>
    public static IServiceCollection AddJobs(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<JobsOptions>(configuration, JobsOptions.Section);

        // This host's own storage, registered before AddHangfire (which only adds one when none is): Hangfire's default
        // is the process-wide JobStorage.Current, so two hosts in one process (the tests run several) could each take,
        // use and dispose the other's.
        services.AddSingleton<JobStorage>(provider =>
        {
            var storage = provider.GetRequiredService<IOptions<StorageOptions>>().Value;
            var jobs = provider.GetRequiredService<IOptions<JobsOptions>>().Value;
            Directory.CreateDirectory(storage.DataDirectory);
            return new SQLiteStorage(storage.JobsDatabasePath, new SQLiteStorageOptions { QueuePollInterval = jobs.QueuePollInterval });
        });
        services.AddHangfire((provider, hangfire) => hangfire
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseStorage(provider.GetRequiredService<JobStorage>()));

        // Options are read when the servers start, so configuration added later (tests, command line) counts. One
        // server per queue, so polls, extraction and speech never wait for each other's workers. Only the pipeline
        // server runs Hangfire's own schedulers (recurring and delayed jobs, expiry), whose distributed locks are then
        // never contended within the process; the others are lightweight: workers only.
        services.AddHangfireServer((provider, server) =>
        {
            server.ServerName = $"{Environment.MachineName}:pipeline";
            server.Queues = [JobQueues.Pipeline, "default"];
            server.WorkerCount = provider.GetRequiredService<IOptions<JobsOptions>>().Value.PipelineWorkers;
        });
        services.AddHangfireServer((provider, server) =>
        {
            server.ServerName = $"{Environment.MachineName}:poll";
            server.Queues = [JobQueues.Poll];
            server.WorkerCount = provider.GetRequiredService<IOptions<JobsOptions>>().Value.PollWorkers;
            server.IsLightweightServer = true;
        });
        services.AddHangfireServer((provider, server) =>
        {
            server.ServerName = $"{Environment.MachineName}:speech";
            server.Queues = [JobQueues.Speech];
            server.WorkerCount = provider.GetRequiredService<IOptions<JobsOptions>>().Value.SpeechWorkers;
            server.IsLightweightServer = true;
        });
        services.AddHostedService<UnfinishedWorkRecovery>();
        services.AddHostedService<SourceSchedule>();

        services.AddScoped<PollDueSourcesJob>();
        services.AddScoped<PollSourceJob>();
        services.AddScoped<ExtractArticleJob>();
        services.AddScoped<SpeakArticleJob>();
        return services.AddWebSub();
    }
}
