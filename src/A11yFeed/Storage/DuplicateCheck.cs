using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace A11yFeed.Storage;

public static class DuplicateCheck
{
    /// <summary>
    /// A transaction in which looking for another article of <paramref name="sourceId"/> with the same
    /// <paramref name="contentHash"/> and saving this one see no other such save in between. SQLite starts it as BEGIN
    /// IMMEDIATE (the one write lock); PostgreSQL, under READ COMMITTED, would let two extractions of one text both
    /// miss each other, so the transaction first takes an advisory lock on (source, hash), released at its end.
    /// </summary>
    public static async Task<IDbContextTransaction> BeginDuplicateCheckAsync(
        this A11yFeedDbContext db, string sourceId, string contentHash, CancellationToken cancellationToken)
    {
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (db.Database.IsNpgsql())
        {
            var key = $"{sourceId}\u001f{contentHash}";
            await db.Database.ExecuteSqlInterpolatedAsync($"SELECT pg_advisory_xact_lock(hashtextextended({key}, 0))", cancellationToken);
        }

        return transaction;
    }
}
