using A11yFeed.Sources;
using A11yFeed.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace A11yFeed.Feeds;

/// <summary>Loads the newest ready articles for a feed or a page; ordering and the limit run in the database.</summary>
public sealed class FeedQuery(
    A11yFeedDbContext db,
    SourceCatalog catalog,
    IOptions<FeedOptions> options,
    TimeProvider clock)
{
    public const string CombinedId = "all";

    public FeedChannel? FindChannel(string id)
    {
        if (id == CombinedId)
        {
            return new FeedChannel(CombinedId, options.Value.SiteTitle, null, FeedLanguage.ForSite(catalog), null);
        }

        return catalog.Find(id) is { } source
            ? new FeedChannel(source.Id, source.Title, source.Description, FeedLanguage.For(source, null, catalog), source.Id)
            : null;
    }

    /// <summary>The feed with id <paramref name="id"/> (a source id or "all"), or null when there is no such feed.</summary>
    public async Task<FeedContent?> LoadAsync(string id, CancellationToken cancellationToken)
    {
        if (FindChannel(id) is not { } channel)
        {
            return null;
        }

        var items = await LatestAsync(channel.SourceId, options.Value.ItemsPerFeed, requireAudio: true, cancellationToken);
        var updated = items.Count == 0 ? clock.GetUtcNow() : items.Max(i => i.Updated is { } u && u > i.Published ? u : i.Published);
        return new FeedContent(channel, items, updated);
    }

    /// <summary>Newest ready articles of one source (or of every catalogued source when null).</summary>
    public async Task<IReadOnlyList<FeedItem>> LatestAsync(
        string? sourceId, int count, bool requireAudio, CancellationToken cancellationToken)
    {
        var query = db.Articles.AsNoTracking().Where(a => a.Status == ArticleStatus.Ready);
        if (sourceId is not null)
        {
            query = query.Where(a => a.SourceId == sourceId);
        }
        else
        {
            // Articles of sources removed from the catalog stay in the database but leave the feeds.
            var ids = catalog.All.Select(s => s.Id).ToList();
            query = query.Where(a => ids.Contains(a.SourceId));
        }

        if (requireAudio)
        {
            query = query.Where(a => a.AudioKey != null && a.AudioBytes != null);
        }

        return await query
            .OrderByDescending(a => a.PublishedAt ?? a.DiscoveredAt)
            .ThenByDescending(a => a.Id)
            .Take(count)
            .Select(Projection)
            .ToListAsync(cancellationToken);
    }

    public async Task<FeedItem?> FindArticleAsync(long id, CancellationToken cancellationToken)
    {
        var ids = catalog.All.Select(s => s.Id).ToList();
        return await db.Articles.AsNoTracking()
            .Where(a => a.Id == id && a.Status == ArticleStatus.Ready && ids.Contains(a.SourceId))
            .Select(Projection)
            .FirstOrDefaultAsync(cancellationToken);
    }

    private static readonly System.Linq.Expressions.Expression<Func<Article, FeedItem>> Projection = a => new FeedItem
    {
        Id = a.Id,
        SourceId = a.SourceId,
        FeedGuid = a.FeedGuid,
        Title = a.Title,
        Subtitle = a.Subtitle,
        Author = a.Author,
        Organisation = a.Organisation,
        Language = a.Language,
        Text = a.Text,
        Captions = a.Captions,
        Url = a.Url,
        Published = a.PublishedAt ?? a.DiscoveredAt,
        Updated = a.UpdatedAt,
        AudioKey = a.AudioKey,
        AudioBytes = a.AudioBytes,
        AudioDurationMs = a.AudioDurationMs,
    };
}
