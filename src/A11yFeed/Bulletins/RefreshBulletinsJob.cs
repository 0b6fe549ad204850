using A11yFeed.Jobs;
using Hangfire;
using Microsoft.Extensions.Options;

namespace A11yFeed.Bulletins;

/// <summary>
/// The recurring check: for every feed, queue today's bulletin in its own time zone, and yesterday's until it has
/// been closed, so the episodes readied in the last minutes before midnight still make the day's final version.
/// Earlier days of the feed's window that have episodes but no final bulletin are queued too: a source added today
/// whose articles were published last week (or the demo sources) gets its past days, not an empty daily feed.
/// </summary>
[Queue(JobQueues.Pipeline)]
public sealed class RefreshBulletinsJob(
    BulletinCalendar calendar,
    BulletinStore bulletins,
    BulletinEpisodes episodes,
    IOptions<BulletinOptions> options,
    IBackgroundJobClient jobs)
{
    public async Task RunAsync()
    {
        foreach (var feedId in calendar.FeedIds)
        {
            var today = calendar.Today(feedId);
            var yesterday = today.AddDays(-1);
            var (windowStart, _) = calendar.Window(feedId, today.AddDays(1 - options.Value.DaysInFeed));
            var (yesterdayStart, _) = calendar.Window(feedId, yesterday);
            var earlier = await episodes.DatesBetweenAsync(feedId, windowStart, yesterdayStart, CancellationToken.None);
            var days = earlier.Select(date => calendar.DayOf(feedId, date)).Append(yesterday).Distinct();
            foreach (var day in days)
            {
                // A closed day is final and never rebuilt; the build itself checks again, so a second queueing is harmless.
                if (await bulletins.FindAsync(feedId, day, CancellationToken.None) is not { Closed: true })
                {
                    jobs.Enqueue<BuildBulletinJob>(job => job.RunAsync(feedId, BulletinCalendar.Format(day), CancellationToken.None));
                }
            }

            jobs.Enqueue<BuildBulletinJob>(job => job.RunAsync(feedId, BulletinCalendar.Format(today), CancellationToken.None));
        }
    }
}
