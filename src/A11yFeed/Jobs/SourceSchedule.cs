using A11yFeed.Sources;
using A11yFeed.Storage;
using Hangfire;
using Hangfire.Storage;
using Microsoft.EntityFrameworkCore;

namespace A11yFeed.Jobs;

/// <summary>
/// Keeps one recurring Hangfire job per defined source (and none for removed ones). Each runs every minute and
/// polls only when the source's own interval has passed, so any interval works and the schedule survives restarts.
/// Sources never polled before are polled at once, so a fresh install has feeds within a minute or two.
/// </summary>
public sealed class SourceSchedule(
    SourceCatalog catalog,
    IRecurringJobManager recurring,
    IBackgroundJobClient jobs,
    JobStorage storage,
    IServiceScopeFactory scopes,
    ILogger<SourceSchedule> logger) : IHostedService
{
    public const string Prefix = "poll-source:";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var source in catalog.All)
        {
            var id = source.Id;
            recurring.AddOrUpdate<PollSourceJob>(
                Prefix + id, JobQueues.Pipeline, job => job.PollIfDueAsync(id, CancellationToken.None), Cron.Minutely());
        }

        using (var connection = storage.GetConnection())
        {
            foreach (var job in connection.GetRecurringJobs().Where(j => j.Id.StartsWith(Prefix, StringComparison.Ordinal)))
            {
                if (catalog.Find(job.Id[Prefix.Length..]) is null)
                {
                    recurring.RemoveIfExists(job.Id);
                    logger.LogInformation("Removed the schedule of source {SourceId}, no longer defined", job.Id[Prefix.Length..]);
                }
            }
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<A11yFeedDbContext>();
        var polled = await db.Sources.Where(s => s.LastPolledAt != null).Select(s => s.Id).ToListAsync(cancellationToken);
        foreach (var source in catalog.All.Where(s => !polled.Contains(s.Id)))
        {
            var id = source.Id;
            jobs.Enqueue<PollSourceJob>(job => job.PollAsync(id, CancellationToken.None));
        }

        logger.LogInformation("Scheduled {SourceCount} sources", catalog.All.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
