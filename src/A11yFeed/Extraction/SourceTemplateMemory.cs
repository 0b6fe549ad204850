using A11yFeed.Storage;
using Microsoft.EntityFrameworkCore;

namespace A11yFeed.Extraction;

/// <summary>
/// Learns each source's template from the pages the service extracts: a block whose text recurs on at
/// least <see cref="MinOtherPages"/> other article pages of the same source (menus, footers, related-news
/// boxes, 字号 and 打印 bars) is that source's chrome and is dropped from its next pages. A block seen on
/// one page only is never dropped. Only fingerprints are stored, for the source's most recent pages.
/// Only pages of articles discovered before this one count: a young article is extracted again on later
/// polls, and the pages published after it must not turn its box into chrome, or its text would change
/// (and be spoken again) with every new article, and the first pages would lose blocks no earlier page had.
/// </summary>
public sealed class SourceTemplateMemory(A11yFeedDbContext db)
{
    /// <summary>Pages besides the one being extracted a block must appear on to count as chrome.</summary>
    public const int MinOtherPages = 2;

    /// <summary>How many of a source's most recent article pages are remembered; older ones are forgotten.</summary>
    public const int PagesRemembered = 40;

    /// <summary>The fingerprints of blocks that recur on pages of <paramref name="sourceId"/> discovered before article <paramref name="articleId"/> (ids grow with discovery).</summary>
    public async Task<IReadOnlySet<long>> ChromeOfAsync(string sourceId, long articleId, CancellationToken cancellationToken)
    {
        var recurring = await db.SourceTemplateBlocks.AsNoTracking()
            .Where(t => t.SourceId == sourceId && t.ArticleId < articleId)
            .GroupBy(t => t.Fingerprint)
            .Where(g => g.Count() >= MinOtherPages)
            .Select(g => g.Key)
            .ToListAsync(cancellationToken);
        return recurring.ToHashSet();
    }

    /// <summary>Records the blocks of article <paramref name="articleId"/>'s page, replacing what an earlier extraction of it recorded.</summary>
    public async Task RememberAsync(string sourceId, long articleId, IReadOnlyCollection<long> fingerprints, CancellationToken cancellationToken)
    {
        if (fingerprints.Count == 0)
        {
            return;
        }

        await db.SourceTemplateBlocks.Where(t => t.SourceId == sourceId && t.ArticleId == articleId).ExecuteDeleteAsync(cancellationToken);
        db.SourceTemplateBlocks.AddRange(fingerprints.Distinct().Select(f => new SourceTemplateBlock { SourceId = sourceId, Fingerprint = f, ArticleId = articleId }));
        await db.SaveChangesAsync(cancellationToken);

        var forgotten = await db.SourceTemplateBlocks.Where(t => t.SourceId == sourceId).Select(t => t.ArticleId).Distinct()
            .OrderByDescending(id => id).Skip(PagesRemembered).ToListAsync(cancellationToken);
        if (forgotten.Count > 0)
        {
            await db.SourceTemplateBlocks.Where(t => t.SourceId == sourceId && forgotten.Contains(t.ArticleId)).ExecuteDeleteAsync(cancellationToken);
        }
    }
}
