using A11yFeed.Extraction;
using A11yFeed.Fetching;
using A11yFeed.Model;
using A11yFeed.Sources;
using A11yFeed.Storage;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace A11yFeed.Jobs;

/// <summary>
/// Loads and extracts one article, then hands it to speech. Safe to run twice: unchanged text changes nothing,
/// and text already published under another URL of the same source is marked a duplicate.
/// </summary>
[Queue(JobQueues.Pipeline)]
[AutomaticRetry(Attempts = 3, DelaysInSeconds = [30, 120, 600])]
public sealed class ExtractArticleJob(
    A11yFeedDbContext db,
    ArticlePageLoader pages,
    ArticleExtractor extractor,
    SourceCatalog catalog,
    IBackgroundJobClient jobs,
    TimeProvider clock,
    ILogger<ExtractArticleJob> logger)
{
    public async Task RunAsync(long articleId, CancellationToken cancellationToken)
    {
        var article = await db.Articles.FindAsync([articleId], cancellationToken);
        if (article is null || catalog.Find(article.SourceId) is not { } source)
        {
            return;
        }

        var language = LanguageTag.OrNull(source.Language);
        // The template memory shares the job's database context: the command-line verbs extract without one.
        var templates = new SourceTemplateMemory(db);
        var template = await templates.ChromeOfAsync(article.SourceId, article.Id, cancellationToken);
        ExtractionResult result;
        if (article.InlineContent is not null)
        {
            result = extractor.Extract(article.InlineContent, new Uri(article.Url), article.InlineContentType ?? "text/html", language, template);
        }
        else
        {
            LoadedArticlePage page;
            try
            {
                var validators = article.Text is null ? null : new FetchValidators(article.ETag, article.LastModified);
                // Only a folder source reads the disk, and only inside its own folder.
                var localFolder = source.Kind == SourceKind.Folder ? source.Location : null;
                page = await pages.LoadAsync(new Uri(article.Url), localFolder, validators, language, template, cancellationToken);
            }
            catch (FetchException exception)
            {
                await RecordFailureAsync(article, exception.Message, cancellationToken);
                logger.LogWarning(exception, "Loading article {ArticleId} from {Url} failed", article.Id, article.Url);
                if (exception.IsTransient)
                {
                    throw; // Hangfire retries later with backoff.
                }

                return;
            }

            if (page.Result is null)
            {
                EnqueueSpeechIfExtracted(article); // not modified
                return;
            }

            result = page.Result;
            (article.ETag, article.LastModified) = (page.Document.Validators.ETag, page.Document.Validators.LastModified);
        }

        await templates.RememberAsync(article.SourceId, article.Id, result.PageBlockFingerprints, cancellationToken);
        if (result.Article is not { } extracted)
        {
            await RecordFailureAsync(article, result.Error ?? "No article found on the page.", cancellationToken);
            logger.LogWarning("No article extracted from {Url} for {ArticleId}: {Reason}", article.Url, article.Id, result.Error);
            return;
        }

        await ApplyAsync(article, extracted, cancellationToken);
    }

    private async Task ApplyAsync(Article article, ExtractedArticle extracted, CancellationToken cancellationToken)
    {
        var hash = ContentFingerprint.Of(extracted.Title, extracted.Text);
        if (hash == article.ContentHash && article.Status is ArticleStatus.Failed)
        {
            // Extracted before and failed later, in speech, which gave up: the same text would only fail again.
            await db.SaveChangesAsync(cancellationToken);
            return;
        }

        if (hash == article.ContentHash && article.Status is ArticleStatus.Extracted or ArticleStatus.Ready)
        {
            await db.SaveChangesAsync(cancellationToken); // new validators only
            EnqueueSpeechIfExtracted(article);
            return;
        }

        // Two copies of one story can be extracted at the same moment, in two processes: the twin check and the save
        // share one transaction that no other check of the same text can enter, so the second copy sees the first.
        await using var transaction = await db.BeginDuplicateCheckAsync(article.SourceId, hash, cancellationToken);
        var twin = await db.Articles.AsNoTracking()
            .Where(a => a.SourceId == article.SourceId && a.Id != article.Id && a.ContentHash == hash && a.Status != ArticleStatus.Duplicate)
            .Select(a => (long?)a.Id)
            .FirstOrDefaultAsync(cancellationToken);

        var edited = article.ContentHash is not null;
        article.Title = extracted.Title;
        article.Subtitle = extracted.Subtitle;
        article.Author = extracted.Author;
        article.Organisation = extracted.Source;
        article.PublishedAt = extracted.Published ?? article.PublishedAt;
        article.Language = extracted.Language;
        article.Text = extracted.Text;
        article.Captions = ArticleText.JoinCaptions(extracted.Captions);
        article.ImagesJson = ArticleImagesJson.Serialise(extracted.Images);
        article.ContentHash = hash;
        article.UpdatedAt = edited ? clock.GetUtcNow() : article.UpdatedAt;
        article.LastError = null;
        article.FailureCount = 0;
        article.Status = twin is null ? ArticleStatus.Extracted : ArticleStatus.Duplicate;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        if (twin is not null)
        {
            logger.LogInformation("Article {ArticleId} repeats article {TwinId}; not published twice", article.Id, twin);
            return;
        }

        EnqueueSpeechIfExtracted(article);
    }

    /// <summary>Speech decides for itself whether anything needs saying again, so asking twice is harmless.</summary>
    private void EnqueueSpeechIfExtracted(Article article)
    {
        if (article.Status is ArticleStatus.Extracted or ArticleStatus.Ready)
        {
            var id = article.Id;
            jobs.Enqueue<SpeakArticleJob>(job => job.RunAsync(id, CancellationToken.None));
        }
    }

    private async Task RecordFailureAsync(Article article, string error, CancellationToken cancellationToken)
    {
        article.LastError = error;
        article.FailureCount++;
        if (article.Status is ArticleStatus.Discovered)
        {
            article.Status = ArticleStatus.Failed;
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
