using A11yFeed.Episodes;
using A11yFeed.Model;
using A11yFeed.Sources;
using A11yFeed.Storage;
using Hangfire;

namespace A11yFeed.Jobs;

/// <summary>
/// Speaks one extracted article into its episode. The audio key carries a hash of everything spoken, so a retry
/// or a second run with the same text finds its episode already made, and an edit gets a new file while the
/// feed keeps pointing at the old, complete one until the new one is stored.
/// </summary>
[Queue(JobQueues.Speech)]
[AutomaticRetry(Attempts = 3, DelaysInSeconds = [60, 300, 900])]
public sealed class SpeakArticleJob(
    A11yFeedDbContext db,
    SourceCatalog catalog,
    EpisodeRenderer renderer,
    IMediaStore media,
    IFeedChangeNotifier feedChanges,
    ILogger<SpeakArticleJob> logger)
{
    /// <summary>Changes when the way articles are spoken changes, so episodes made the old way are made again.</summary>
    private const string RenderVersion = "sentences-1";

    public async Task RunAsync(long articleId, CancellationToken cancellationToken)
    {
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

        var previous = article.AudioKey;
        article.AudioKey = episode.MediaKey;
        article.AudioBytes = episode.Bytes;
        article.AudioDurationMs = (long)Math.Round(episode.Duration.TotalMilliseconds);
        article.AudioHash = hash;
        // Saved with the key, so the timings always describe the audio the key names.
        article.SentenceTimingsJson = SentenceTimingsJson.Serialise(episode.Sentences);
        article.Status = ArticleStatus.Ready;
        article.LastError = null;
        await db.SaveChangesAsync(cancellationToken);
        feedChanges.SourceChanged(article.SourceId);

        if (previous is not null && previous != episode.MediaKey)
        {
            await media.DeleteAsync(previous, CancellationToken.None);
        }

        logger.LogInformation("Article {ArticleId} spoken: {DurationMs} ms, {Bytes} bytes", article.Id, article.AudioDurationMs, episode.Bytes);
    }
}
