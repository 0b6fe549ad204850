using A11yFeed.Sources;
using Hangfire;
using Hangfire.Storage;

namespace A11yFeed.Jobs;

/// <summary>
/// Keeps the one recurring job that finds due sources (<see cref="PollDueSourcesJob"/>) and runs it once, so sources
/// never polled, or due while the service was down, are polled at once. Each source's next poll time lives on its own
/// row, so any interval works and the schedule survives restarts. Run by the one process that owns the schedule
/// (<see cref="ScheduleOwner"/>), so no two processes queue first polls or tidy recurring jobs against each other.
/// </summary>
public sealed class SourceSchedule(
    SourceCatalog catalog,
    IRecurringJobManager recurring,
    IBackgroundJobClient jobs,
    JobStorage storage,
    ILogger<SourceSchedule> logger)
{
    public const string RecurringJobId = "poll-due-sources";

    /// <summary>The per-source recurring jobs of earlier versions, each taking one lock shared by all sources.</summary>
    private const string OldPerSourcePrefix = "poll-source:";

    public void Start()
    {
        using (var connection = storage.GetConnection())
        {
            foreach (var job in connection.GetRecurringJobs().Where(j => j.Id.StartsWith(OldPerSourcePrefix, StringComparison.Ordinal)))
            {
                recurring.RemoveIfExists(job.Id);
            }
        }

        recurring.AddOrUpdate<PollDueSourcesJob>(
            RecurringJobId, JobQueues.Poll, job => job.RunAsync(CancellationToken.None), Cron.Minutely());
        jobs.Enqueue<PollDueSourcesJob>(job => job.RunAsync(CancellationToken.None));
        logger.LogInformation("Scheduled {SourceCount} sources", catalog.All.Count);
    }
}
