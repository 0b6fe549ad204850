using A11yFeed.Model;
using A11yFeed.Sources;
using A11yFeed.Storage;
using Microsoft.EntityFrameworkCore;

namespace A11yFeed.Bulletins;

/// <summary>
/// The episodes of a feed's day, oldest first, as a listener hears the day unfold: ready articles with audio whose
/// date (published, else discovered) falls in the day in the feed's time zone.
/// </summary>
public sealed class BulletinEpisodes(A11yFeedDbContext db, SourceCatalog catalog)
{
    public async Task<IReadOnlyList<BulletinEpisode>> ForDayAsync(
        string feedId, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken) =>
        await ReadyBetween(feedId, start, end)
            .OrderBy(a => a.PublishedAt ?? a.DiscoveredAt)
            .ThenBy(a => a.Id)
            .Select(a => new BulletinEpisode(
                a.Id, a.SourceId, a.Title, a.Language, a.AudioKey!, a.AudioDurationMs!.Value, a.SentenceTimingsJson,
                a.PublishedAt ?? a.DiscoveredAt))
            .ToListAsync(cancellationToken);

    /// <summary>Only the dates of those episodes: which days have any, without reading their texts and timings.</summary>
    public async Task<IReadOnlyList<DateTimeOffset>> DatesBetweenAsync(
        string feedId, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken) =>
        await ReadyBetween(feedId, start, end).Select(a => a.PublishedAt ?? a.DiscoveredAt).ToListAsync(cancellationToken);

    private IQueryable<Article> ReadyBetween(string feedId, DateTimeOffset start, DateTimeOffset end)
    {
        var query = db.Articles.AsNoTracking()
            .Where(a => a.Status == ArticleStatus.Ready && a.AudioKey != null && a.AudioDurationMs != null)
            .Where(a => (a.PublishedAt ?? a.DiscoveredAt) >= start && (a.PublishedAt ?? a.DiscoveredAt) < end);
        if (feedId == CombinedFeed.Id)
        {
            // Articles of sources removed from the catalog stay in the database but leave the bulletins.
            var ids = catalog.All.Select(s => s.Id).ToList();
            query = query.Where(a => ids.Contains(a.SourceId));
        }
        else
        {
            query = query.Where(a => a.SourceId == feedId);
        }

        return query;
    }
}
