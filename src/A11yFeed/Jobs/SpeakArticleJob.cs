using A11yFeed.Episodes;
using A11yFeed.Model;
using A11yFeed.Sources;
using A11yFeed.Storage;
using Hangfire;
using Microsoft.Extensions.Options;

namespace A11yFeed.Jobs;

/// <summary>
/// Speaks one extracted article into its episode. The audio key carries a hash of everything spoken, so a retry
/// or a second run with the same text finds its episode already made, and an edit gets a new file while the
/// feed keeps pointing at the old, complete one until the new one is stored. One worker at a time speaks an article,
/// whichever process it is in, and each attempt is counted on the article before it starts, so one that kills its
/// process is counted too and the article stops at <see cref="JobsOptions.MaxSpeechAttempts"/>.
/// </summary>
[Queue(JobQueues.Speech)]
[AutomaticRetry(Attempts = 3, DelaysInSeconds = [60, 300, 900])]
public sealed class SpeakArticleJob(
    A11yFeedDbContext db,
    SourceCatalog catalog,
    EpisodeRenderer renderer,
    IMediaStore media,
    IFeedChangeNotifier feedChanges,
    DatabaseLocks locks,
    IBackgroundJobClient jobs,
    IOptions<JobsOptions> options,
    ILogger<SpeakArticleJob> logger)
{
    /// <summary>How long a job that found the article being spoken elsewhere waits before it looks again.</summary>
    public static readonly TimeSpan BusyRetryDelay = TimeSpan.FromSeconds(30);

    /// <summary>Changes when the way articles are spoken changes, so episodes made the old way are made again.</summary>
    private const string RenderVersion = "sentences-1";

    public async Task RunAsync(long articleId, CancellationToken cancellationToken)
    {
        // Taken before the article is read, so what is read is what the last holder saved.
        await using var speaking = await locks.TryLockArticleSpeechAsync(articleId, cancellationToken);
        if (speaking is null)
        {
            // Another worker is speaking it, perhaps an older text: look again once it is likely done.
            logger.LogInformation("Article {ArticleId} is being spoken by another worker; looking again in {Delay}", articleId, BusyRetryDelay);
            jobs.Schedule<SpeakArticleJob>(job => job.RunAsync(articleId, CancellationToken.None), BusyRetryDelay);
            return;
        }

        var article = await db.Articles.FindAsync([articleId], cancellationToken);
        if (article is not { Status: ArticleStatus.Extracted or ArticleStatus.Ready, Text: not null }
            || catalog.Find(article.SourceId) is not { } source)
        {
            return;
        }

        var language = article.Language ?? LanguageTag.OrNull(source.Language) ?? LanguageTag.Fallback;
        var voice = source.Voice;
        var hash = ContentFingerprint.Of(
            RenderVersion, article.Title, article.Text, language, article.Organisation, article.PublishedAt?.ToString("O"),
            voice.Engine, voice.Voice, voice.Rate.ToString("R"), voice.SpeakOpening.ToString(),
            string.Join('\u001e', voice.Lexicon.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => e.Key + "=" + e.Value)));
        if (hash == article.AudioHash && article.AudioKey is { } existing && await media.ExistsAsync(existing, cancellationToken) && article.SentenceTimingsJson is not null)
        {
            var wasReady = article.Status == ArticleStatus.Ready;
            article.Status = ArticleStatus.Ready;
            await db.SaveChangesAsync(cancellationToken);
            if (!wasReady)
            {
                feedChanges.SourceChanged(article.SourceId);
            }

            return;
        }

        if (article.FailureCount >= options.Value.MaxSpeechAttempts)
        {
            // A Ready article keeps its older, complete episode in the feeds. The failure count is raised to the
            // article limit so that polls stop looking at it; an edit (a new text) is extracted and spoken afresh.
            article.Status = article.Status == ArticleStatus.Ready ? ArticleStatus.Ready : ArticleStatus.Failed;
            article.LastError = $"Speech was attempted {article.FailureCount} times without finishing; given up until the article changes.";
            article.FailureCount = Math.Max(article.FailureCount, options.Value.MaxArticleAttempts);
            await db.SaveChangesAsync(cancellationToken);
            logger.LogError("Speaking article {ArticleId} given up after {Attempts} attempts", article.Id, article.FailureCount);
            return;
        }

        article.FailureCount++;
        await db.SaveChangesAsync(cancellationToken);

        var key = $"audio/{article.SourceId}/{article.Id}-{hash[..12]}.mp3";
        var script = new EpisodeScript(
            key, language, voice, article.Title, article.Organisation ?? source.Title, article.PublishedAt,
            ArticleText.Paragraphs(article.Text), article.Url, source.Title);

        RenderedEpisode episode;
        try
        {
            episode = await renderer.RenderAsync(script, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            article.LastError = $"Speech failed: {exception.Message}";
            await db.SaveChangesAsync(CancellationToken.None);
            logger.LogError(exception, "Speaking article {ArticleId} failed", article.Id);
            throw;
        }

        // Checked again after the long synthesis: if the same audio was saved meanwhile (a lock lost with its
        // connection), the row already says so and nothing is written twice.
        await db.Entry(article).ReloadAsync(cancellationToken);
        if (article.AudioHash == hash && article.AudioKey == episode.MediaKey)
        {
            return;
        }

        var previous = article.AudioKey;
        article.AudioKey = episode.MediaKey;
        article.AudioBytes = episode.Bytes;
        article.AudioDurationMs = (long)Math.Round(episode.Duration.TotalMilliseconds);
        article.AudioHash = hash;
        // Saved with the key, so the timings always describe the audio the key names.
        article.SentenceTimingsJson = SentenceTimingsJson.Serialise(episode.Sentences);
        article.Status = ArticleStatus.Ready;
        article.LastError = null;
        article.FailureCount = 0;
        await db.SaveChangesAsync(cancellationToken);
        feedChanges.SourceChanged(article.SourceId);

        if (previous is not null && previous != episode.MediaKey)
        {
            await media.DeleteAsync(previous, CancellationToken.None);
        }

        logger.LogInformation("Article {ArticleId} spoken: {DurationMs} ms, {Bytes} bytes", article.Id, article.AudioDurationMs, episode.Bytes);
    }
}
