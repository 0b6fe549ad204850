using A11yFeed.Bulletins;
using A11yFeed.Tests.Hosting;

namespace A11yFeed.Tests.Bulletins;

/// <summary>A Chinese source's bulletin closes at midnight in Asia/Shanghai, moved there by the fake clock.</summary>
[Collection(ApplicationCollection.Name)]
public sealed class BulletinCloseTests
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    [Fact]
    public async Task Midnight_InShanghaiClosesTheDayAndLaterEpisodesOfItStayOut()
    {
        // 23:30 in Shanghai is still 15:30 the same day in UTC: only the source's zone says the day is nearly over.
        await using var day = BulletinDay.Start("city", "市政新闻", "zh-CN", new DateTimeOffset(2026, 11, 28, 23, 30, 0, Beijing));
        var date = new DateOnly(2026, 11, 28);
        await day.AddEpisodeAsync("Bus stop moved", "The bus stop moves to the library gate.", new DateTimeOffset(2026, 11, 28, 23, 0, 0, Beijing));

        Assert.Equal(BulletinBuildResult.Built, await day.BuildAsync(date));
        Assert.False(day.Find(date)!.Closed);
        var guid = day.Find(date)!.FeedGuid;
        var audio = day.Find(date)!.MediaKey;

        day.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 29, 0, 5, 0, Beijing));
        Assert.Equal(BulletinBuildResult.Closed, await day.BuildAsync(date));
        var closed = day.Find(date)!;
        Assert.True(closed.Closed);
        Assert.Equal(guid, closed.FeedGuid);
        Assert.Equal(audio, closed.MediaKey);

        // An episode of the closed day readied only now changes nothing: the day's bulletin is final.
        await day.AddEpisodeAsync("Late notice", "The pool closes early on Friday.", new DateTimeOffset(2026, 11, 28, 23, 50, 0, Beijing));
        var before = day.MediaSnapshot();
        Assert.Equal(BulletinBuildResult.AlreadyClosed, await day.BuildAsync(date));
        Assert.Equal(before, day.MediaSnapshot());
        Assert.Single(day.Find(date)!.Episodes);
    }

    [Fact]
    public async Task BeforeMidnight_ANewEpisodeUpdatesTheSameItem()
    {
        await using var day = BulletinDay.Start("city", "市政新闻", "zh-CN", new DateTimeOffset(2026, 11, 28, 20, 0, 0, Beijing));
        var date = new DateOnly(2026, 11, 28);
        await day.AddEpisodeAsync("Bus stop moved", "The bus stop moves to the library gate.", new DateTimeOffset(2026, 11, 28, 9, 0, 0, Beijing));
        await day.BuildAsync(date);
        var first = day.Find(date)!;

        await day.AddEpisodeAsync("Pool hours", "The pool opens at seven.", new DateTimeOffset(2026, 11, 28, 19, 0, 0, Beijing));
        day.Clock.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(BulletinBuildResult.Built, await day.BuildAsync(date));
        var second = day.Find(date)!;

        Assert.Equal(first.FeedGuid, second.FeedGuid);
        Assert.Equal(first.Published, second.Published);
        Assert.NotEqual(first.MediaKey, second.MediaKey);
        Assert.Equal(2, second.Episodes.Count());
        Assert.Equal("市政新闻 2026年11月28日", second.Title);
        // The old audio goes only after the record names the new one.
        Assert.False(await day.App.Media.ExistsAsync(first.MediaKey, CancellationToken.None));
        Assert.True(await day.App.Media.ExistsAsync(second.MediaKey, CancellationToken.None));
    }
}
