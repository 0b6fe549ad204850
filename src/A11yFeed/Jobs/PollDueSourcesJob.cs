using A11yFeed.Sources;
using A11yFeed.Storage;
using Hangfire;
using Microsoft.Extensions.Options;

namespace A11yFeed.Jobs;

/// <summary>
/// The schedule's one recurring job: finds the sources whose next poll is due and queues one small
/// <see cref="PollSourceJob"/> for each. Each source is claimed on its own row before its job is queued, so running
/// this twice, or beside a poll still waiting in the queue or still running, queues nothing more.
/// </summary>
[Queue(JobQueues.Poll)]
public sealed class PollDueSourcesJob(
    SourceCatalog catalog,
    A11yFeedDbContext db,
    IBackgroundJobClient jobs,
    TimeProvider clock,
    IOptions<JobsOptions> options,
    ILogger<PollDueSourcesJob> logger)
{
    /// <summary>
    /// How long a queued poll keeps its claim before the schedule queues another: long enough to wait behind every
    /// other source's bounded poll, short enough that a job lost with a crashed process is replaced soon.
    /// </summary>
    public TimeSpan QueuedClaimLifetime =>
        TimeSpan.FromTicks(Math.Max(options.Value.PollTimeout.Ticks * 4, TimeSpan.FromMinutes(10).Ticks));

    [AutomaticRetry(Attempts = 0)]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await db.EnsureSourceRowsAsync(catalog.All.Select(s => s.Id), cancellationToken);
        var now = clock.GetUtcNow();
        var queued = 0;
        foreach (var id in await db.DueSourceIdsAsync(now, cancellationToken))
        {
            if (catalog.Find(id) is null || !await db.TryQueuePollAsync(id, now, now + QueuedClaimLifetime, cancellationToken))
            {
                continue;
            }

            jobs.Enqueue<PollSourceJob>(job => job.PollAsync(id, CancellationToken.None));
            queued++;
        }

        if (queued > 0)
        {
            logger.LogInformation("Queued {QueuedCount} due source polls", queued);
        }
    }
}
