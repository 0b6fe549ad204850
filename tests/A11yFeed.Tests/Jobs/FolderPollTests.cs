using A11yFeed.Jobs;
using A11yFeed.Storage;
using A11yFeed.Tests.Hosting;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace A11yFeed.Tests.Jobs;

/// <summary>Polls of a folder source, on real SQLite and Hangfire storage, with no workers running.</summary>
[Collection(ApplicationCollection.Name)]
public sealed class FolderPollTests
{
    // Every poll of a folder queued an extraction (and then a speech job) for every file in it, changed or not: in
    // the scale-out benchmark a new article waited about 30 s behind those jobs on an otherwise idle service.
    [Fact]
    public async Task PollAsync_Again_QueuesOnlyTheFileThatChanged()
    {
        var folder = Directory.CreateTempSubdirectory("a11yfeed-folder-").FullName;
        var bridge = Path.Combine(folder, "bridge.txt");
        var library = Path.Combine(folder, "library.txt");
        await File.WriteAllTextAsync(bridge, "Volunteers repaint the footbridge\n\nThe station footbridge was repainted over two weekends by three local clubs.\n");
        await File.WriteAllTextAsync(library, "Library opens on Sundays\n\nFrom December the town library opens on Sunday afternoons, the council said.\n");
        await using var harness = await JobsHarness.StartAsync(new Dictionary<string, object>
        {
            ["local"] = new { title = "Local", kind = "folder", location = folder, language = "en", pollInterval = "00:10:00" },
        });

        await harness.RunAsync<PollSourceJob>(job => job.PollAsync("local", CancellationToken.None));
        var ids = await harness.QueryAsync(db => db.Articles.Select(a => a.Id).ToListAsync());
        Assert.Equal(2, ids.Count);
        foreach (var id in ids)
        {
            await harness.RunAsync<ExtractArticleJob>(job => job.RunAsync(id, CancellationToken.None));
        }

        // As speech leaves them; and the queue emptied, as the workers would have.
        await harness.QueryAsync(db => db.Articles.ExecuteUpdateAsync(set => set.SetProperty(a => a.Status, ArticleStatus.Ready)));
        TakeQueuedJobs(harness);

        harness.Clock.Advance(TimeSpan.FromMinutes(10));
        await harness.RunAsync<PollSourceJob>(job => job.PollAsync("local", CancellationToken.None));
        Assert.Empty(harness.EnqueuedArguments<ExtractArticleJob>(JobQueues.Pipeline));

        await File.WriteAllTextAsync(library, "Library opens on Sundays\n\nFrom January, not December, the town library opens on Sunday afternoons.\n");
        File.SetLastWriteTimeUtc(library, File.GetLastWriteTimeUtc(bridge).AddMinutes(1));
        harness.Clock.Advance(TimeSpan.FromMinutes(10));
        await harness.RunAsync<PollSourceJob>(job => job.PollAsync("local", CancellationToken.None));

        var edited = await harness.QueryAsync(db => db.Articles.Where(a => a.Url.EndsWith("library.txt")).Select(a => a.Id).SingleAsync());
        Assert.Equal([(object?)edited], harness.EnqueuedArguments<ExtractArticleJob>(JobQueues.Pipeline));
    }

    /// <summary>Takes every waiting job off its queue, as workers would: a job still queued would hide a new one.</summary>
    private static void TakeQueuedJobs(JobsHarness harness)
    {
        var storage = harness.Services.GetRequiredService<JobStorage>();
        using var connection = storage.GetConnection();
        foreach (var queue in new[] { JobQueues.Pipeline, JobQueues.Speech })
        {
            for (var waiting = storage.GetMonitoringApi().EnqueuedCount(queue); waiting > 0; waiting--)
            {
                using var fetched = connection.FetchNextJob([queue], CancellationToken.None);
                fetched.RemoveFromQueue();
            }
        }

        Assert.Equal(0, harness.EnqueuedCount(JobQueues.Pipeline) + harness.EnqueuedCount(JobQueues.Speech));
    }
}
