using A11yFeed.Jobs;
using A11yFeed.Storage;
using A11yFeed.Tests.Fetching;
using A11yFeed.Tests.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace A11yFeed.Tests.Jobs;

/// <summary>The schedule and the per-source poll claim, on real SQLite and Hangfire storage, with no workers running.</summary>
[Collection(ApplicationCollection.Name)]
public sealed class PollScheduleTests : IAsyncLifetime
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);
    private LoopbackSite _site = null!;

    /// <summary>Another host: requests to one host wait their turn (politeness), which is not what is tested here.</summary>
    private LoopbackSite _slowSite = null!;
    private TaskCompletionSource _slowRequestArrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource _releaseSlow = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public async Task InitializeAsync()
    {
        _site = await LoopbackSite.StartAsync();
        _site.Map("/robots.txt", LoopbackResponse.Empty(404));
        _site.Map("/fast.xml", LoopbackResponse.Text(Rss("fast"), "application/rss+xml"));
        _slowSite = await LoopbackSite.StartAsync();
        _slowSite.Map("/robots.txt", LoopbackResponse.Empty(404));
        _slowSite.MapHandler("/slow.xml", async context =>
        {
            _slowRequestArrived.TrySetResult();
            await _releaseSlow.Task.WaitAsync(context.RequestAborted);
            context.Response.ContentType = "application/rss+xml";
            await context.Response.WriteAsync(Rss("slow"));
        });
    }

    public async Task DisposeAsync()
    {
        _releaseSlow.TrySetResult();
        await _site.DisposeAsync();
        await _slowSite.DisposeAsync();
    }

    [Fact]
    public async Task PollDueSources_RunAgain_QueuesNoSecondPoll()
    {
        await using var harness = await StartAsync();

        await harness.RunAsync<PollDueSourcesJob>(job => job.RunAsync(CancellationToken.None));
        await harness.RunAsync<PollDueSourcesJob>(job => job.RunAsync(CancellationToken.None));
        harness.Clock.Advance(TimeSpan.FromMinutes(1));
        await harness.RunAsync<PollDueSourcesJob>(job => job.RunAsync(CancellationToken.None));

        Assert.Equal(["fast", "slow"], harness.EnqueuedArguments<PollSourceJob>(JobQueues.Poll).Order());
    }

    // In a soak beside slow sites, every poll queued another extraction of each article still waiting for its first,
    // and the pipeline queue grew without bound.
    [Fact]
    public async Task PollAsync_Again_QueuesNoSecondExtractionOfAnArticleStillWaiting()
    {
        await using var harness = await StartAsync();

        await harness.RunAsync<PollSourceJob>(job => job.PollAsync("fast", CancellationToken.None));
        harness.Clock.Advance(TimeSpan.FromMinutes(6));
        await harness.RunAsync<PollSourceJob>(job => job.PollAsync("fast", CancellationToken.None));

        Assert.Equal(2, _site.RequestCount("/fast.xml"));
        var article = await harness.QueryAsync(db => db.Articles.AsNoTracking().SingleAsync(a => a.SourceId == "fast"));
        Assert.Equal([(object?)article.Id], harness.EnqueuedArguments<ExtractArticleJob>(JobQueues.Pipeline));
    }

    [Fact]
    public async Task PollAsync_TwiceAtOnce_ReadsTheSourceOnce()
    {
        await using var harness = await StartAsync();
        await harness.RunAsync<PollDueSourcesJob>(job => job.RunAsync(CancellationToken.None));

        var first = harness.RunAsync<PollSourceJob>(job => job.PollAsync("slow", CancellationToken.None));
        var second = harness.RunAsync<PollSourceJob>(job => job.PollAsync("slow", CancellationToken.None));
        await _slowRequestArrived.Task.WaitAsync(TimeSpan.FromMinutes(1));
        var dropped = await Task.WhenAny(first, second).WaitAsync(TimeSpan.FromMinutes(1));
        await dropped;
        _releaseSlow.SetResult();
        await Task.WhenAll(first, second).WaitAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(1, _slowSite.RequestCount("/slow.xml"));
        var state = await harness.QueryAsync(db => db.Sources.AsNoTracking().SingleAsync(s => s.Id == "slow"));
        Assert.Equal((PollClaim.None, 0, (string?)null), (state.PollClaim, state.ConsecutiveFailures, state.LastError));
    }

    [Fact]
    public async Task PollAsync_SlowSource_DoesNotDelayAnother()
    {
        await using var harness = await StartAsync();

        var slow = harness.RunAsync<PollSourceJob>(job => job.PollAsync("slow", CancellationToken.None));
        try
        {
            await _slowRequestArrived.Task.WaitAsync(TimeSpan.FromMinutes(1));
            await harness.RunAsync<PollSourceJob>(job => job.PollAsync("fast", CancellationToken.None)).WaitAsync(TimeSpan.FromMinutes(1));

            Assert.False(slow.IsCompleted);
            var states = await harness.QueryAsync(db => db.Sources.AsNoTracking().ToDictionaryAsync(s => s.Id));
            Assert.Equal(PollClaim.Running, states["slow"].PollClaim);
            Assert.Equal((PollClaim.None, harness.Clock.GetUtcNow()), (states["fast"].PollClaim, states["fast"].LastSucceededAt));
            Assert.Equal(1, await harness.QueryAsync(db => db.Articles.CountAsync(a => a.SourceId == "fast")));
        }
        finally
        {
            _releaseSlow.TrySetResult();
            await slow.WaitAsync(TimeSpan.FromMinutes(1));
        }
    }

    [Fact]
    public async Task PollAsync_LongerThanTheBound_IsStoppedAndRecordedAsTheSourcesError()
    {
        await using var harness = await StartAsync();
        var started = harness.Clock.GetUtcNow();

        var slow = harness.RunAsync<PollSourceJob>(job => job.PollAsync("slow", CancellationToken.None));
        await _slowRequestArrived.Task.WaitAsync(TimeSpan.FromMinutes(1));
        harness.Clock.Advance(Bound);
        await slow.WaitAsync(TimeSpan.FromMinutes(1));

        var state = await harness.QueryAsync(db => db.Sources.AsNoTracking().SingleAsync(s => s.Id == "slow"));
        Assert.Contains("longer than 00:00:30", state.LastError, StringComparison.Ordinal);
        Assert.Equal(1, state.ConsecutiveFailures);
        Assert.Equal(PollClaim.None, state.PollClaim);
        Assert.Equal(started + Bound + TimeSpan.FromMinutes(5), state.NextPollAt);
        Assert.Null(state.LastSucceededAt);
    }

    [Fact]
    public async Task PollAsync_FailingAgain_WaitsLongerEachTime()
    {
        _site.Map("/fast.xml", LoopbackResponse.Empty(500));
        await using var harness = await StartAsync();

        var delays = new List<TimeSpan>();
        for (var i = 0; i < 6; i++)
        {
            await harness.RunAsync<PollSourceJob>(job => job.PollAsync("fast", CancellationToken.None));
            var next = await harness.QueryAsync(db => db.Sources.AsNoTracking().Where(s => s.Id == "fast").Select(s => s.NextPollAt).SingleAsync());
            delays.Add(next!.Value - harness.Clock.GetUtcNow());
        }

        Assert.Equal([5, 10, 20, 40, 60, 60], delays.Select(d => d.TotalMinutes));
    }

    // A start-up poll and the scheduled one both inserted the source's first row: "UNIQUE constraint failed: Sources.Id".
    [Fact]
    public async Task FirstPoll_StartedFromEverywhereAtOnce_NeverFails()
    {
        await using var harness = await StartAsync();

        var runs = Enumerable.Range(0, 6).Select(i => i % 2 == 0
            ? harness.RunAsync<PollDueSourcesJob>(job => job.RunAsync(CancellationToken.None))
            : harness.RunAsync<PollSourceJob>(job => job.PollAsync("fast", CancellationToken.None)));
        await Task.WhenAll(runs).WaitAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(["fast", "slow"], await harness.QueryAsync(db => db.Sources.Select(s => s.Id).OrderBy(id => id).ToListAsync()));
        Assert.Equal(1, await harness.QueryAsync(db => db.Articles.CountAsync(a => a.SourceId == "fast")));
    }

    private Task<JobsHarness> StartAsync() => JobsHarness.StartAsync(
        new Dictionary<string, object>
        {
            ["fast"] = new { title = "Fast", kind = "feed", location = _site.Url("/fast.xml").AbsoluteUri, language = "en", pollInterval = "00:05:00" },
            ["slow"] = new { title = "Slow", kind = "feed", location = _slowSite.Url("/slow.xml").AbsoluteUri, language = "en", pollInterval = "00:05:00" },
        },
        new Dictionary<string, string?> { ["Jobs:PollTimeout"] = Bound.ToString(), ["Jobs:MaxFailedPollDelay"] = "01:00:00" });

    private static string Rss(string name) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0"><channel><title>{name}</title><link>http://127.0.0.1/</link><description>{name}</description>
        <item><title>The {name} story</title><link>http://127.0.0.1/{name}/1.html</link>
        <description>The {name} story has two sentences. This is the second one.</description></item>
        </channel></rss>
        """;
}
