using A11yFeed.Storage;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace A11yFeed.Jobs;

/// <summary>
/// When a process takes over the schedule (<see cref="ScheduleOwner"/>), queues again the work a stopped or crashed process left half done: every Discovered article gets an
/// extraction and every Extracted one its speech, unless such a job is already waiting in a queue or scheduled for a
/// retry. Without this, a job that died with its worker waits for the job storage's invisibility timeout (half an
/// hour), and an article whose inline content did not change is never looked at again by a poll. With PostgreSQL,
/// jobs still running count as waiting: they may belong to a live worker in another process, and a dead worker's
/// jobs go to another worker after the invisibility timeout anyway.
/// </summary>
public sealed class UnfinishedWorkRecovery(
    IServiceScopeFactory scopes,
    IBackgroundJobClient jobs,
    JobStorage storage,
    IOptions<StorageOptions> storageOptions,
    ILogger<UnfinishedWorkRecovery> logger)
{
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

        var waiting = WaitingArticleJobs.Find(storage, includeProcessing: storageOptions.Value.IsPostgres);
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
