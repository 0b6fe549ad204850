using A11yFeed.Jobs;
using A11yFeed.Storage;
using A11yFeed.Tests.Hosting;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;

namespace A11yFeed.Tests.Jobs;

[Collection(ApplicationCollection.Name)]
public sealed class UnfinishedWorkRecoveryTests
{
    // A crash mid-speech left the article Extracted with its job invisible to workers for half an hour.
    [Fact]
    public async Task Recover_AtStart_QueuesUnfinishedArticlesOnce()
    {
        await using var harness = await JobsHarness.StartAsync(new Dictionary<string, object>());
        var ids = await harness.QueryAsync(async db =>
        {
            var articles = new[] { ArticleStatus.Discovered, ArticleStatus.Extracted, ArticleStatus.Ready, ArticleStatus.Extracted, ArticleStatus.Failed }
                .Select((status, i) => new Article
                {
                    SourceId = "city", Url = $"https://example.org/{i}.html", FeedGuid = $"guid-{i}", Status = status,
                    Title = "Title", Text = "Text.", DiscoveredAt = harness.Clock.GetUtcNow(),
                })
                .ToList();
            db.Articles.AddRange(articles);
            await db.SaveChangesAsync();
            return articles.Select(a => a.Id).ToList();
        });
        var alreadyQueued = ids[3];
        harness.Services.GetRequiredService<IBackgroundJobClient>().Enqueue<SpeakArticleJob>(job => job.RunAsync(alreadyQueued, CancellationToken.None));
        var recovery = ActivatorUtilities.CreateInstance<UnfinishedWorkRecovery>(harness.Services);

        Assert.Equal(2, await recovery.RecoverAsync(CancellationToken.None));
        Assert.Equal(0, await recovery.RecoverAsync(CancellationToken.None));

        Assert.Equal([ids[0]], harness.EnqueuedArguments<ExtractArticleJob>(JobQueues.Pipeline));
        Assert.Equal([ids[1], ids[3]], harness.EnqueuedArguments<SpeakArticleJob>(JobQueues.Speech).Cast<long>().Order().Cast<object?>());
    }
}
