using A11yFeed.Fetching;
using A11yFeed.Model;
using A11yFeed.Sources;
using A11yFeed.Storage;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace A11yFeed.Jobs;

/// <summary>
/// Reads one source and records what it lists. A broken source is recorded on its own row and never thrown,
/// so it cannot hold up the others, and the next poll simply tries again.
/// </summary>
[Queue(JobQueues.Pipeline)]
public sealed class PollSourceJob(
    SourceCatalog catalog,
    SourceReader reader,
    A11yFeedDbContext db,
    IBackgroundJobClient jobs,
    TimeProvider clock,
    IOptions<JobsOptions> options,
    ILogger<PollSourceJob> logger)
{
    /// <summary>The recurring entry point: polls when the source's interval has passed since its last poll.</summary>
    [AutomaticRetry(Attempts = 0)]
    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    public async Task PollIfDueAsync(string sourceId, CancellationToken cancellationToken)
    {
        var source = catalog.Find(sourceId);
        var state = await db.Sources.FindAsync([sourceId], cancellationToken);
        if (source is null || (state?.LastPolledAt is { } last && last + source.PollInterval > clock.GetUtcNow()))
        {
            return;
        }

        await PollAsync(sourceId, cancellationToken);
    }

    [AutomaticRetry(Attempts = 0)]
    public async Task PollAsync(string sourceId, CancellationToken cancellationToken)
    {
        var source = catalog.Find(sourceId);
        if (source is null)
        {
            logger.LogWarning("Source {SourceId} is no longer defined; nothing polled", sourceId);
            return;
        }

        var state = await db.Sources.FindAsync([sourceId], cancellationToken);
        if (state is null)
        {
            state = new SourceState { Id = sourceId };
            db.Sources.Add(state);
        }

        state.LastPolledAt = clock.GetUtcNow();
        SourceReadResult result;
        try
        {
            var validators = new FetchValidators(state.ETag, state.LastModified);
            result = await reader.ReadAsync(source, validators, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            state.LastError = exception.Message;
            state.ConsecutiveFailures++;
            await db.SaveChangesAsync(cancellationToken);
            logger.LogWarning(exception, "Polling source {SourceId} failed ({Failures} in a row)", sourceId, state.ConsecutiveFailures);
            return;
        }

        var queued = result.NotModified ? [] : await RecordItemsAsync(source, result.Items, cancellationToken);
        state.ETag = result.Validators.ETag;
        state.LastModified = result.Validators.LastModified;
        state.LastSucceededAt = state.LastPolledAt;
        state.LastError = null;
        state.ConsecutiveFailures = 0;
        await db.SaveChangesAsync(cancellationToken);

        // Enqueue only after the rows are saved, so a job never looks for an article that is not there yet.
        foreach (var articleId in queued)
        {
            jobs.Enqueue<ExtractArticleJob>(job => job.RunAsync(articleId, CancellationToken.None));
        }

        logger.LogInformation("Polled source {SourceId}: {ItemCount} items, {QueuedCount} to extract", sourceId, result.Items.Count, queued.Count);
    }

    private async Task<List<long>> RecordItemsAsync(SourceDefinition source, IReadOnlyList<DiscoveredItem> items, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var urls = items.Select(i => i.Url.AbsoluteUri).ToList(); // canonical already: SourceReader sees to it
        var known = await db.Articles
            .Where(a => a.SourceId == source.Id && urls.Contains(a.Url))
            .ToDictionaryAsync(a => a.Url, StringComparer.Ordinal, cancellationToken);

        var toExtract = new List<Article>();
        foreach (var (item, url) in items.Zip(urls))
        {
            if (!known.TryGetValue(url, out var article))
            {
                article = new Article
                {
                    SourceId = source.Id,
                    Url = url,
                    FeedGuid = ItemGuid.For(source.Id, url),
                    Status = ArticleStatus.Discovered,
                    DiscoveredAt = now,
                    Title = item.Title ?? "",
                    PublishedAt = item.Published,
                    InlineContent = item.Content,
                    InlineContentType = item.ContentType,
                };
                db.Articles.Add(article);
                known[url] = article;
                toExtract.Add(article);
            }
            else if (NeedsAnotherLook(article, item, now))
            {
                article.InlineContent = item.Content;
                article.InlineContentType = item.ContentType;
                toExtract.Add(article);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return toExtract.Select(a => a.Id).ToList();
    }

    /// <summary>
    /// An article already known is looked at again when it may have been edited: its inline content changed,
    /// it is a local file (cheap to re-read), it is young enough that a conditional GET is worth it, or it failed.
    /// </summary>
    private bool NeedsAnotherLook(Article article, DiscoveredItem item, DateTimeOffset now) =>
        article.Status is ArticleStatus.Discovered
        || (article.Status is ArticleStatus.Failed && article.FailureCount < options.Value.MaxArticleAttempts)
        || (item.Content is not null && item.Content != article.InlineContent)
        || (item.Content is null && article.Url.StartsWith("file:", StringComparison.Ordinal))
        || (item.Content is null && now - article.DiscoveredAt < options.Value.RecheckWindow);
}
