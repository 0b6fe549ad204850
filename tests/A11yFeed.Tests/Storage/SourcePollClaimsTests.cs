using A11yFeed.Storage;
using A11yFeed.Tests.Publishing;
using Microsoft.EntityFrameworkCore;

namespace A11yFeed.Tests.Storage;

public sealed class SourcePollClaimsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task TryStartPoll_ManyAtOnce_ExactlyOneWins()
    {
        using var database = new FeedTestDatabase();
        await using (var db = database.CreateContext())
        {
            await db.EnsureSourceRowsAsync(["city"], CancellationToken.None);
        }

        var claims = await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
        {
            await using var db = database.CreateContext();
            return await db.TryStartPollAsync("city", Now, Now.AddMinutes(3), CancellationToken.None);
        }));

        Assert.Single(claims, won => won);
    }

    [Fact]
    public async Task TryStartPoll_AfterTheClaimExpires_WinsAgain()
    {
        using var database = new FeedTestDatabase();
        await using var db = database.CreateContext();
        await db.EnsureSourceRowsAsync(["city"], CancellationToken.None);

        Assert.True(await db.TryStartPollAsync("city", Now, Now.AddMinutes(3), CancellationToken.None));
        Assert.False(await db.TryStartPollAsync("city", Now.AddMinutes(2), Now.AddMinutes(5), CancellationToken.None));
        Assert.True(await db.TryStartPollAsync("city", Now.AddMinutes(3), Now.AddMinutes(6), CancellationToken.None));
    }

    [Fact]
    public async Task TryQueuePoll_OnlyWhenDueAndUnclaimed()
    {
        using var database = new FeedTestDatabase();
        await using var db = database.CreateContext();
        await db.EnsureSourceRowsAsync(["city", "city"], CancellationToken.None);
        await db.EnsureSourceRowsAsync(["city"], CancellationToken.None);

        Assert.True(await db.TryQueuePollAsync("city", Now, Now.AddMinutes(10), CancellationToken.None));
        Assert.False(await db.TryQueuePollAsync("city", Now.AddMinutes(1), Now.AddMinutes(11), CancellationToken.None));
        await db.Sources.ExecuteUpdateAsync(set => set
            .SetProperty(s => s.PollClaim, PollClaim.None).SetProperty(s => s.NextPollAt, Now.AddMinutes(30)));
        Assert.Empty(await db.DueSourceIdsAsync(Now.AddMinutes(29), CancellationToken.None));
        Assert.False(await db.TryQueuePollAsync("city", Now.AddMinutes(29), Now.AddMinutes(39), CancellationToken.None));
        Assert.Equal(["city"], await db.DueSourceIdsAsync(Now.AddMinutes(30), CancellationToken.None));
        Assert.True(await db.TryQueuePollAsync("city", Now.AddMinutes(30), Now.AddMinutes(40), CancellationToken.None));
    }

    [Fact]
    public async Task DueSources_ARunningClaimThatExpired_IsDueBeforeItsNextPoll()
    {
        // A worker killed mid-poll left its claim Running; the job handed to another worker found the claim still
        // live and dropped out, and the source's new articles waited a whole poll interval (an hour in the
        // scale-out benchmark) instead of being polled again once the claim lapsed.
        using var database = new FeedTestDatabase();
        await using var db = database.CreateContext();
        await db.EnsureSourceRowsAsync(["city"], CancellationToken.None);
        await db.Sources.ExecuteUpdateAsync(set => set.SetProperty(s => s.NextPollAt, Now.AddHours(1)));
        Assert.True(await db.TryStartPollAsync("city", Now, Now.AddSeconds(90), CancellationToken.None));

        Assert.Empty(await db.DueSourceIdsAsync(Now.AddSeconds(89), CancellationToken.None));
        Assert.False(await db.TryQueuePollAsync("city", Now.AddSeconds(89), Now.AddMinutes(10), CancellationToken.None));
        Assert.Equal(["city"], await db.DueSourceIdsAsync(Now.AddSeconds(90), CancellationToken.None));
        Assert.True(await db.TryQueuePollAsync("city", Now.AddSeconds(90), Now.AddMinutes(10), CancellationToken.None));
    }

    [Fact]
    public async Task DueSources_AnExpiredQueuedClaim_WaitsForItsNextPoll()
    {
        using var database = new FeedTestDatabase();
        await using var db = database.CreateContext();
        await db.EnsureSourceRowsAsync(["city"], CancellationToken.None);
        Assert.True(await db.TryQueuePollAsync("city", Now, Now.AddMinutes(10), CancellationToken.None));
        await db.Sources.ExecuteUpdateAsync(set => set.SetProperty(s => s.NextPollAt, Now.AddHours(1)));

        Assert.Empty(await db.DueSourceIdsAsync(Now.AddMinutes(11), CancellationToken.None));
    }
}
