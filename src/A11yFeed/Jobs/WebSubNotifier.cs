using Hangfire;

namespace A11yFeed.Jobs;

/// <summary>
/// Queues a <see cref="PingWebSubHubJob"/> for a changed source, so the hub is told in the background and a
/// slow or failing hub is retried by Hangfire without holding up or failing speech.
/// </summary>
public sealed class WebSubNotifier(IBackgroundJobClient jobs, ILogger<WebSubNotifier> logger) : IFeedChangeNotifier
{
    public void SourceChanged(string sourceId)
    {
        try
        {
            jobs.Enqueue<PingWebSubHubJob>(job => job.RunAsync(sourceId, CancellationToken.None));
        }
        catch (Exception exception)
        {
            // Only the hub's notice is lost: subscribers still see the change at their next poll.
            logger.LogWarning(exception, "Could not queue the WebSub notice for source {SourceId}", sourceId);
        }
    }
}

/// <summary>Used when no hub is configured.</summary>
internal sealed class NoFeedChangeNotifier : IFeedChangeNotifier
{
    public void SourceChanged(string sourceId)
    {
    }
}
