using A11yFeed.Storage;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace A11yFeed.Jobs;

/// <summary>
/// At start, queues again the work a stopped or crashed process left half done: every Discovered article gets an
/// extraction and every Extracted one its speech, unless such a job is already waiting in a queue or scheduled for a
/// retry. Without this, a job that died with its worker waits for the job storage's invisibility timeout (half an
/// hour), and an article whose inline content did not change is never looked at again by a poll.
/// </summary>
public sealed class UnfinishedWorkRecovery(
    IServiceScopeFactory scopes,
    IBackgroundJobClient jobs,
    JobStorage storage,
    ILogger<UnfinishedWorkRecovery> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => RecoverAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task<int> RecoverAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<A11yFeedDbContext>();
        var unfinished = await db.Articles.AsNoTracking()
            .Where(a => a.Status == ArticleStatus.Discovered || a.Status == ArticleStatus.Extracted)
            .OrderBy(a => a.Id)
            .Select(a => new { a.Id, a.Status })
            .ToListAsync(cancellationToken);
        if (unfinished.Count == 0)
        {
            return 0;
        }

        var waiting = WaitingArticleJobs.Find(storage, includeProcessing: false);
        var queued = 0;
        foreach (var article in unfinished)
        {
            var id = article.Id;
            if (article.Status == ArticleStatus.Discovered && !waiting.Contains((typeof(ExtractArticleJob), id)))
            {
                jobs.Enqueue<ExtractArticleJob>(job => job.RunAsync(id, CancellationToken.None));
                queued++;
            }
            else if (article.Status == ArticleStatus.Extracted && !waiting.Contains((typeof(SpeakArticleJob), id)))
            {
                jobs.Enqueue<SpeakArticleJob>(job => job.RunAsync(id, CancellationToken.None));
                queued++;
            }
        }

        logger.LogInformation("Queued {QueuedCount} unfinished articles again ({UnfinishedCount} not yet ready)", queued, unfinished.Count);
        return queued;
    }
}
