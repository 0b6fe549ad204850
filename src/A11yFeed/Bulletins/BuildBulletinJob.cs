using A11yFeed.Jobs;
using Hangfire;

namespace A11yFeed.Bulletins;

/// <summary>
/// Builds one feed's bulletin of one day (a date "yyyy-MM-dd"). It takes only ids and a date, so any process can run
/// it, and running it twice is harmless: the second finds the inputs unchanged and writes nothing.
/// </summary>
[Queue(JobQueues.Speech)]
[AutomaticRetry(Attempts = 3, DelaysInSeconds = [60, 300, 900])]
public sealed class BuildBulletinJob(BulletinBuilder builder, ILogger<BuildBulletinJob> logger)
{
    public async Task RunAsync(string feedId, string date, CancellationToken cancellationToken)
    {
        if (!BulletinCalendar.TryParse(date, out var day))
        {
            logger.LogWarning("Bulletin job for {FeedId} has no valid date {Date}", feedId, date);
            return;
        }

        try
        {
            await builder.BuildAsync(feedId, day, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "Building bulletin {FeedId} {Date} failed", feedId, date);
            throw;
        }
    }
}
