using A11yFeed.Bulletins;
using A11yFeed.Jobs;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;

namespace A11yFeed.Tests.Bulletins;

public sealed class RefreshBulletinsJobTests
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    [Fact]
    public async Task Refresh_QueuesEarlierDaysWithEpisodes_ButNotEmptyOrClosedOnes()
    {
        // A source added today whose articles were published last week (the demo sources are such) must get those
        // days' bulletins; refreshing only today and yesterday left its daily feed empty.
        await using var day = BulletinDay.Start("city", "市政新闻", "zh-CN", new DateTimeOffset(2026, 11, 28, 20, 0, 0, Beijing));
        await day.AddEpisodeAsync("Bus stop moved", "The bus stop moves to the library gate.", new DateTimeOffset(2026, 11, 21, 9, 0, 0, Beijing));
        await day.AddEpisodeAsync("Pool hours", "The pool opens at seven.", new DateTimeOffset(2026, 11, 24, 9, 0, 0, Beijing));
        await day.BuildAsync(new DateOnly(2026, 11, 24));
        Assert.True(day.Find(new DateOnly(2026, 11, 24))!.Closed);

        await using (var scope = day.App.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<RefreshBulletinsJob>().RunAsync();
        }

        var queued = day.App.Services.GetRequiredService<JobStorage>().GetMonitoringApi()
            .EnqueuedJobs(JobQueues.Speech, 0, 100)
            .Select(j => j.Value.Job)
            .Where(j => j.Type == typeof(BuildBulletinJob) && (string)j.Args[0] == "city")
            .Select(j => (string)j.Args[1])
            .Order(StringComparer.Ordinal)
            .ToList();
        // The 21st has an episode and no bulletin; the 24th is closed; the 22nd, 23rd and 25th–26th have nothing.
        Assert.Equal(["2026-11-21", "2026-11-27", "2026-11-28"], queued);
    }
}
