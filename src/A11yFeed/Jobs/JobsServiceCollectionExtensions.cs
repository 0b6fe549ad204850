using A11yFeed.Model;
using A11yFeed.Storage;
using Hangfire;
using Microsoft.Extensions.Options;

namespace A11yFeed.Jobs;

public static class JobsServiceCollectionExtensions
{
    /// <summary>
    /// Hangfire on the storage provider's job database, three worker pools (poll, pipeline and speech) when the role runs
    /// jobs, the per-source schedule owned by one process, and the jobs.
    /// </summary>
    public static IServiceCollection AddJobs(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<JobsOptions>(configuration, JobsOptions.Section);

        services.AddSingleton<IValidateOptions<JobsOptions>, JobsRoleValidation>();

        // This host's own storage, registered before AddHangfire (which only adds one when none is): Hangfire's default
        // is the process-wide JobStorage.Current, so two hosts in one process (the tests run several) could each take,
        // use and dispose the other's.
        services.AddSingleton<JobStorage>(provider => JobStorageFactory.Create(
            provider.GetRequiredService<IOptions<StorageOptions>>().Value, provider.GetRequiredService<IOptions<JobsOptions>>().Value));
        services.AddHangfire((provider, hangfire) => hangfire
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseStorage(provider.GetRequiredService<JobStorage>()));

        // Both decide from the role when the host starts: a web process runs neither.
        services.AddHostedService<JobServers>();
        services.AddHostedService<ScheduleOwner>();
        services.AddScoped<UnfinishedWorkRecovery>();
        services.AddScoped<SourceSchedule>();

        services.AddScoped<PollDueSourcesJob>();
        services.AddScoped<PollSourceJob>();
        services.AddScoped<ExtractArticleJob>();
        services.AddScoped<SpeakArticleJob>();
        return services.AddWebSub();
    }
}
