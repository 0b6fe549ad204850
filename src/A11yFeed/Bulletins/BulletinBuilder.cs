using System.Globalization;
using A11yFeed.Audio;
using A11yFeed.Episodes;
using A11yFeed.Jobs;
using A11yFeed.Model;
using A11yFeed.Publishing;
using A11yFeed.Sources;
using A11yFeed.Storage;
using Microsoft.Extensions.Options;

namespace A11yFeed.Bulletins;

/// <summary>
/// Builds or refreshes one feed's bulletin of one day. The inputs (each episode's audio key, which carries a hash of
/// what it says, its title, and how the bulletin is put together) are hashed: the same hash as the stored bulletin
/// means nothing is written at all. A new bulletin is stored under a new key before its record points at it, and
/// the old audio is removed only after, so a feed never names a missing or half-written file. Running twice, or on
/// two processes at once, makes the same file under the same key.
/// </summary>
public sealed class BulletinBuilder(
    BulletinCalendar calendar,
    BulletinEpisodes episodes,
    BulletinStore bulletins,
    BulletinRenderer renderer,
    FeedQuery feeds,
    SourceCatalog catalog,
    IMediaStore media,
    IOptions<BulletinOptions> options,
    IOptions<AudioOptions> audioOptions,
    TimeProvider clock,
    ILogger<BulletinBuilder> logger)
{
    /// <summary>Changes when the way bulletins are put together changes, so older ones are made again.</summary>
    private const string RenderVersion = "bulletin-1";

    public async Task<BulletinBuildResult> BuildAsync(string feedId, DateOnly date, CancellationToken ct)
    {
        if (feeds.FindChannel(feedId) is not { } channel)
        {
            return BulletinBuildResult.Empty;
        }

        var existing = await bulletins.FindAsync(feedId, date, ct);
        if (existing is { Closed: true } && await media.ExistsAsync(existing.MediaKey, ct))
        {
            return BulletinBuildResult.AlreadyClosed;
        }

        // Decided before reading the episodes: an episode readied after midnight never slips into a day marked final.
        var closing = calendar.IsClosed(feedId, date);
        var (start, end) = calendar.Window(feedId, date);
        var parts = await episodes.ForDayAsync(feedId, start, end, ct);
        if (parts.Count == 0)
        {
            return BulletinBuildResult.Empty;
        }

        var language = channel.Language;
        var voice = catalog.Find(feedId)?.Voice ?? new VoiceSettings();
        var title = BulletinIntroduction.Title(channel.Title, date, language);
        var introduction = BulletinIntroduction.Sentences(channel.Title, date, language, parts.Count);
        var pause = options.Value.ItemPause;
        var hash = ContentFingerprint.Of(
            [RenderVersion, feedId, BulletinCalendar.Format(date), language, title, .. introduction, pause.Ticks.ToString(CultureInfo.InvariantCulture),
             voice.Engine, voice.Voice, voice.Rate.ToString("R", CultureInfo.InvariantCulture),
             .. parts.SelectMany(p => new[] { p.AudioKey, p.Title })]);
        var now = clock.GetUtcNow();
        if (existing is not null && existing.InputHash == hash && await media.ExistsAsync(existing.MediaKey, ct))
        {
            if (!closing)
            {
                return BulletinBuildResult.Unchanged;
            }

            await SaveAsync(existing with { Closed = true }, ct);
            logger.LogInformation("Closed bulletin {FeedId} {Date}", feedId, date);
            return BulletinBuildResult.Closed;
        }

        var key = BulletinStore.AudioKeyFor(feedId, date, hash);
        var script = new BulletinScript(key, language, voice, introduction, title, channel.Title, date, pause, parts);
        var work = EpisodeWorkFolder.Create(audioOptions.Value);
        try
        {
            var rendered = await renderer.RenderAsync(script, work, ct);
            var bulletin = new Bulletin(
                feedId, date, title, language, hash, key, rendered.Bytes, (long)Math.Round(rendered.Duration.TotalMilliseconds),
                existing?.Published ?? now, now, closing, rendered.Chapters, rendered.Sentences);
            await bulletins.SaveAsync(bulletin, work, ct);
        }
        finally
        {
            DeleteWorkFolder(work);
        }

        if (existing is not null && existing.MediaKey != key)
        {
            await media.DeleteAsync(existing.MediaKey, CancellationToken.None);
        }

        logger.LogInformation("Built bulletin {FeedId} {Date} with {Episodes} episodes, closed {Closed}", feedId, date, parts.Count, closing);
        return BulletinBuildResult.Built;
    }

    private async Task SaveAsync(Bulletin bulletin, CancellationToken ct)
    {
        var work = EpisodeWorkFolder.Create(audioOptions.Value);
        try
        {
            await bulletins.SaveAsync(bulletin, work, ct);
        }
        finally
        {
            DeleteWorkFolder(work);
        }
    }

    private void DeleteWorkFolder(string work)
    {
        try
        {
            Directory.Delete(work, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            logger.LogWarning(ex, "Could not remove the work folder {Folder}", work);
        }
    }
}
