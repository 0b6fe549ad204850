using A11yFeed.Jobs;
using Hangfire;

namespace A11yFeed.Bulletins;

/// <summary>
/// The recurring check: for every feed, queue today's bulletin in its own time zone, and yesterday's until it has
/// been closed, so the episodes readied in the last minutes before midnight still make the day's final version.
/// </summary>
[Queue(JobQueues.Pipeline)]
public sealed class RefreshBulletinsJob(BulletinCalendar calendar, BulletinStore bulletins, IBackgroundJobClient jobs)
{
    public async Task RunAsync()
    {
        foreach (var feedId in calendar.FeedIds)
        {
            var today = calendar.Today(feedId);
            var yesterday = today.AddDays(-1);
            if (await bulletins.FindAsync(feedId, yesterday, CancellationToken.None) is not { Closed: true })
            {
                jobs.Enqueue<BuildBulletinJob>(job => job.RunAsync(feedId, BulletinCalendar.Format(yesterday), CancellationToken.None));
            }

            jobs.Enqueue<BuildBulletinJob>(job => job.RunAsync(feedId, BulletinCalendar.Format(today), CancellationToken.None));
        }
    }
}
