using A11yFeed.Fetching;
using A11yFeed.Model;
using A11yFeed.Sources;
using A11yFeed.Storage;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace A11yFeed.Jobs;

/// <summary>
/// Reads one source and records what it lists. The poll claims its source's row first, so two polls of one source
/// never run together, and it is bounded by <see cref="JobsOptions.PollTimeout"/>. A broken or slow source is
/// recorded on its own row and never thrown, so it cannot hold up the others, and its next poll simply tries again.
/// </summary>
[Queue(JobQueues.Poll)]
public sealed class PollSourceJob(
    SourceCatalog catalog,
    SourceReader reader,
    A11yFeedDbContext db,
    IBackgroundJobClient jobs,
    JobStorage storage,
    TimeProvider clock,
    IOptions<JobsOptions> options,
    ILogger<PollSourceJob> logger)
{
    /// <summary>Time after the poll's bound for it to record how it ended, before its claim lapses.</summary>
    public static readonly TimeSpan ClaimMargin = TimeSpan.FromSeconds(30);

    [AutomaticRetry(Attempts = 0)]
    public async Task PollAsync(string sourceId, CancellationToken cancellationToken)
    {
        var source = catalog.Find(sourceId);
        if (source is null)
        {
            logger.LogWarning("Source {SourceId} is no longer defined; nothing polled", sourceId);
            return;
        }

        var settings = options.Value;
        var started = clock.GetUtcNow();
        await db.EnsureSourceRowsAsync([sourceId], cancellationToken);
        if (!await db.TryStartPollAsync(sourceId, started, started + settings.PollTimeout + ClaimMargin, cancellationToken))
        {
            logger.LogInformation("Source {SourceId} is being polled already; this poll is dropped", sourceId);
            return;
        }

        using var bound = new CancellationTokenSource(settings.PollTimeout, clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, bound.Token);
        try
        {
            await PollClaimedAsync(source, started, linked.Token);
        }
        catch (OperationCanceledException exception) when (bound.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            await RecordFailureAsync(source, started, $"The poll took longer than {settings.PollTimeout} and was stopped.");
            logger.LogWarning(exception, "Polling source {SourceId} took longer than {PollTimeout}; stopped", sourceId, settings.PollTimeout);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            await RecordFailureAsync(source, started, exception.Message);
            logger.LogWarning(exception, "Polling source {SourceId} failed", sourceId);
        }
        catch (OperationCanceledException)
        {
            // The service is stopping: let the next start poll the source again.
            db.ChangeTracker.Clear();
            await db.Sources.Where(s => s.Id == sourceId)
                .ExecuteUpdateAsync(set => set.SetProperty(s => s.PollClaim, PollClaim.None).SetProperty(s => s.PollClaimExpiresAt, (DateTimeOffset?)null), CancellationToken.None);
            throw;
        }
    }

    private async Task PollClaimedAsync(SourceDefinition source, DateTimeOffset started, CancellationToken cancellationToken)
    {
        var state = await db.Sources.SingleAsync(s => s.Id == source.Id, cancellationToken);
        var validators = new FetchValidators(state.ETag, state.LastModified);
        var result = await reader.ReadAsync(source, validators, cancellationToken);

        var queued = result.NotModified ? [] : await RecordItemsAsync(source, result.Items, cancellationToken);
        state.ETag = result.Validators.ETag;
        state.LastModified = result.Validators.LastModified;
        state.LastPolledAt = started;
        state.LastSucceededAt = started;
        state.LastError = null;
        state.ConsecutiveFailures = 0;
        state.NextPollAt = started + source.PollInterval;
        state.PollClaim = PollClaim.None;
        state.PollClaimExpiresAt = null;
        await db.SaveChangesAsync(CancellationToken.None);

        // Enqueue only after the rows are saved, so a job never looks for an article that is not there yet; and not
        // again while one is waiting or running, or every poll of a slow site would add another per article.
        var waiting = queued.Count == 0 ? [] : WaitingArticleJobs.Find(storage, includeProcessing: true);
        foreach (var articleId in queued.Where(id => !waiting.Contains((typeof(ExtractArticleJob), id))))
        {
            jobs.Enqueue<ExtractArticleJob>(job => job.RunAsync(articleId, CancellationToken.None));
        }

        logger.LogInformation("Polled source {SourceId}: {ItemCount} items, {QueuedCount} to extract", source.Id, result.Items.Count, queued.Count);
    }

    /// <summary>Records the failure and releases the claim; whatever the poll had half recorded is dropped (the next poll finds it again).</summary>
    private async Task RecordFailureAsync(SourceDefinition source, DateTimeOffset started, string error)
    {
        db.ChangeTracker.Clear();
        var state = await db.Sources.SingleAsync(s => s.Id == source.Id, CancellationToken.None);
        state.LastPolledAt = started;
        state.LastError = error;
        state.ConsecutiveFailures++;
        state.NextPollAt = clock.GetUtcNow() + FailedPollDelay(source.PollInterval, state.ConsecutiveFailures);
        state.PollClaim = PollClaim.None;
        state.PollClaimExpiresAt = null;
        await db.SaveChangesAsync(CancellationToken.None);
        logger.LogInformation(
            "Source {SourceId} failed {Failures} times in a row; next poll at {NextPollAt}", source.Id, state.ConsecutiveFailures, state.NextPollAt);
    }

    /// <summary>The interval, doubled for each failure after the first, capped at the setting but never below the interval.</summary>
    private TimeSpan FailedPollDelay(TimeSpan interval, int failures)
    {
        var cap = interval > options.Value.MaxFailedPollDelay ? interval : options.Value.MaxFailedPollDelay;
        var factor = Math.Pow(2, Math.Min(failures - 1, 20));
        return interval * factor > cap ? cap : interval * factor;
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
    /// it is a local file that changed since it was read, it is young enough that a conditional GET is worth it,
    /// or it failed.
    /// </summary>
    private bool NeedsAnotherLook(Article article, DiscoveredItem item, DateTimeOffset now) =>
        article.Status is ArticleStatus.Discovered
        || (article.Status is ArticleStatus.Failed && article.FailureCount < options.Value.MaxArticleAttempts)
        || (item.Content is not null && item.Content != article.InlineContent)
        || (item.Content is null && (item.Url.IsFile ? !UnchangedFile(article, item) : now - article.DiscoveredAt < options.Value.RecheckWindow));

    /// <summary>
    /// A finished article's file with the write time and length it was read with. Looking at it again would only
    /// queue an extraction that finds it unchanged and a speech job that finds its episode made: for every file
    /// of the folder at every poll, which kept a new article waiting behind hundreds of such jobs.
    /// </summary>
    private static bool UnchangedFile(Article article, DiscoveredItem item) =>
        item.ETag is not null && item.ETag == article.ETag && article.Status is ArticleStatus.Ready or ArticleStatus.Duplicate;
}
