using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace A11yFeed.Storage;

/// <summary>
/// Each source's poll is claimed by one conditional update of its own row, so of any number of concurrent callers
/// exactly one wins, no lock is held while the poll runs, and a slow source delays nobody else.
/// </summary>
public static class SourcePollClaims
{
    /// <summary>
    /// Adds a state row for each source that has none. An insert that finds the row already there does nothing,
    /// so a start-up poll and the schedule can never trip over each other's first row.
    /// </summary>
    public static async Task EnsureSourceRowsAsync(this A11yFeedDbContext db, IEnumerable<string> sourceIds, CancellationToken cancellationToken)
    {
        var known = (await db.Sources.AsNoTracking().Select(s => s.Id).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        foreach (var id in sourceIds.Where(id => !known.Contains(id)))
        {
            var none = nameof(PollClaim.None);
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"""INSERT INTO "Sources" ("Id", "ConsecutiveFailures", "PollClaim") VALUES ({id}, 0, {none}) ON CONFLICT DO NOTHING""",
                cancellationToken);
        }
    }

    /// <summary>
    /// The sources whose next poll is due and that have no live claim, soonest due first. A running claim that has
    /// expired makes its source due at once, whenever its next poll was planned: a poll is bounded well inside its
    /// claim, so the claim outlived it only because the process running it died mid-poll. Without this, a worker
    /// killed while polling loses that poll (its job, handed to another worker, finds the claim still live and drops
    /// out) and the source's new articles wait a whole poll interval.
    /// </summary>
    public static Task<List<string>> DueSourceIdsAsync(this A11yFeedDbContext db, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.Sources.AsNoTracking()
            .Where(DueAndUnclaimed(now))
            .OrderBy(s => s.NextPollAt)
            .Select(s => s.Id)
            .ToListAsync(cancellationToken);

    /// <summary>
    /// Claims a due source's poll for a job about to be queued; false when it is not due or already claimed. Due as in
    /// <see cref="DueSourceIdsAsync"/>: an expired running claim counts.
    /// </summary>
    public static async Task<bool> TryQueuePollAsync(
        this A11yFeedDbContext db, string sourceId, DateTimeOffset now, DateTimeOffset expiresAt, CancellationToken cancellationToken) =>
        await db.Sources
            .Where(s => s.Id == sourceId)
            .Where(DueAndUnclaimed(now))
            .ExecuteUpdateAsync(
                set => set.SetProperty(s => s.PollClaim, PollClaim.Queued).SetProperty(s => s.PollClaimExpiresAt, expiresAt),
                cancellationToken) == 1;

    /// <summary>The one definition of "due, and no live claim" that listing and queueing share (see <see cref="DueSourceIdsAsync"/>).</summary>
    private static Expression<Func<SourceState, bool>> DueAndUnclaimed(DateTimeOffset now) =>
        s => (s.NextPollAt == null || s.NextPollAt <= now || (s.PollClaim == PollClaim.Running && s.PollClaimExpiresAt <= now))
            && (s.PollClaim == PollClaim.None || s.PollClaimExpiresAt <= now);

    /// <summary>
    /// Claims a source's poll to run now: from a queued claim, no claim, or one that expired. False when another poll
    /// of the source is running, and then the caller does nothing.
    /// </summary>
    public static async Task<bool> TryStartPollAsync(
        this A11yFeedDbContext db, string sourceId, DateTimeOffset now, DateTimeOffset expiresAt, CancellationToken cancellationToken) =>
        await db.Sources
            .Where(s => s.Id == sourceId && (s.PollClaim != PollClaim.Running || s.PollClaimExpiresAt <= now))
            .ExecuteUpdateAsync(
                set => set.SetProperty(s => s.PollClaim, PollClaim.Running).SetProperty(s => s.PollClaimExpiresAt, expiresAt),
                cancellationToken) == 1;
}
