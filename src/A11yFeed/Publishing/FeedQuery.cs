using A11yFeed.Model;
using A11yFeed.Sources;
using A11yFeed.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace A11yFeed.Publishing;

/// <summary>Loads the newest ready articles for a feed or a page; ordering and the limit run in the database.</summary>
public sealed class FeedQuery(
    A11yFeedDbContext db,
    SourceCatalog catalog,
    IOptions<FeedOptions> options,
    TimeProvider clock)
{
    public FeedChannel? FindChannel(string id)
    {
        if (id == CombinedFeed.Id)
        {
            return new FeedChannel(CombinedFeed.Id, options.Value.SiteTitle, null, FeedLanguage.ForSite(catalog), null);
        }

        return catalog.Find(id) is { } source
            ? new FeedChannel(source.Id, source.Title, source.Description, FeedLanguage.For(source, null, catalog), source.Id)
            : null;
    }

    /// <summary>The feed with id <paramref name="id"/> (a source id or "all"), or null when there is no such feed.</summary>
    public Task<FeedContent?> LoadAsync(string id, CancellationToken cancellationToken) =>
        LoadAsync(id, before: null, cancellationToken);

    /// <summary>One page of feed <paramref name="id"/>: the newest, or the one that follows <paramref name="before"/>.</summary>
    public async Task<FeedContent?> LoadAsync(string id, FeedPageCursor? before, CancellationToken cancellationToken)
    {
        if (FindChannel(id) is not { } channel)
        {
            return null;
        }

        var page = await PageAsync(channel.SourceId, options.Value.ItemsPerFeed, requireAudio: true, before, cancellationToken);
        var items = page.Items;
        var updated = items.Count == 0 ? clock.GetUtcNow() : items.Max(i => i.Updated is { } u && u > i.Published ? u : i.Published);
        return new FeedContent(channel, items, updated, page.Before, page.Next);
    }

    /// <summary>Newest ready articles of one source (or of every catalogued source when null).</summary>
    public async Task<IReadOnlyList<FeedItem>> LatestAsync(
        string? sourceId, int count, bool requireAudio, CancellationToken cancellationToken) =>
        (await PageAsync(sourceId, count, requireAudio, before: null, cancellationToken)).Items;

    /// <summary>
    /// Up to <paramref name="count"/> ready articles older than <paramref name="before"/> (newest when null), and
    /// the cursor of the page after them. Keyset paging: the database seeks past the cursor and reads one page
    /// plus one row, never the pages before it as OFFSET would.
    /// </summary>
    public async Task<FeedPage> PageAsync(
        string? sourceId, int count, bool requireAudio, FeedPageCursor? before, CancellationToken cancellationToken)
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

        if (before is not null)
        {
            var (published, id) = (before.Published, before.Id);
            query = query.Where(a => (a.PublishedAt ?? a.DiscoveredAt) < published
                || ((a.PublishedAt ?? a.DiscoveredAt) == published && a.Id < id));
        }

        // One row more than the page tells whether an older page exists without counting the archive.
        var items = await query
            .OrderByDescending(a => a.PublishedAt ?? a.DiscoveredAt)
            .ThenByDescending(a => a.Id)
            .Take(count + 1)
            .Select(Projection)
            .ToListAsync(cancellationToken);
        if (items.Count <= count)
        {
            return new FeedPage(items, before, null);
        }

        items.RemoveAt(count);
        return new FeedPage(items, before, FeedPageCursor.After(items[^1]));
    }

    public async Task<FeedItem?> FindArticleAsync(long id, CancellationToken cancellationToken)
    {
        var ids = catalog.All.Select(s => s.Id).ToList();
        return await db.Articles.AsNoTracking()
            .Where(a => a.Id == id && a.Status == ArticleStatus.Ready && ids.Contains(a.SourceId))
            .Select(Projection)
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>The sentence timings of a ready article's episode; empty when it has none.</summary>
    public async Task<IReadOnlyList<Model.SentenceTiming>> FindTimingsAsync(long id, CancellationToken cancellationToken)
    {
        var ids = catalog.All.Select(s => s.Id).ToList();
        var json = await db.Articles.AsNoTracking()
            .Where(a => a.Id == id && a.Status == ArticleStatus.Ready && a.AudioKey != null && ids.Contains(a.SourceId))
            .Select(a => a.SentenceTimingsJson)
            .FirstOrDefaultAsync(cancellationToken);
        return Model.SentenceTimingsJson.Parse(json);
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
        HasTranscript = a.AudioKey != null && a.SentenceTimingsJson != null,
    };
}
