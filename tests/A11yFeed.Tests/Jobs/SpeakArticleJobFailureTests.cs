using A11yFeed.Storage;
using A11yFeed.Tests.Hosting;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace A11yFeed.Tests.Jobs;

/// <summary>A speech engine that crashes or hangs, in the real application: the job fails and is retried, nothing is published.</summary>
[Collection(ApplicationCollection.Name)]
public sealed class SpeakArticleJobFailureTests
{
    [Theory]
    [InlineData("crash", "cat > /dev/null; echo 'segmentation fault' >&2; exit 139", "exit code 139")]
    [InlineData("hang", "exec sleep 300", "did not finish")]
    public async Task Speak_EngineFailure_IsRetriedAndPublishesNothing(string name, string script, string error)
    {
        await using var app = new A11yFeedApplication();
        var tool = Path.Combine(app.Root, name + "-espeak");
        await File.WriteAllTextAsync(tool, "#!/bin/sh\n" + script + "\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(tool, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        var work = Path.Combine(app.Root, "work");
        app.With("Speech:EspeakPath", tool).With("Speech:Timeout", "00:00:01").With("Audio:WorkDirectory", work);
        var folder = Path.Combine(app.Root, "articles");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "bridge.txt"), """
            Volunteers repaint the station footbridge

            The footbridge has been repainted by volunteers over two weekends.
            """);
        app.WithSource("local", new { title = "Local", kind = "folder", location = folder, language = "en", pollInterval = "01:00:00" });

        _ = app.Services;
        await app.WaitUntilAsync("speaking fails", db => db.Articles.AnyAsync(a => a.LastError != null), TimeSpan.FromMinutes(1));
        await app.WaitUntilAsync("the retry is scheduled", _ => Task.FromResult(app.Services.GetRequiredService<JobStorage>().GetMonitoringApi().ScheduledCount() > 0), TimeSpan.FromSeconds(30));

        var article = await app.QueryAsync(db => db.Articles.AsNoTracking().SingleAsync());
        Assert.Contains(error, article.LastError, StringComparison.Ordinal);
        Assert.NotEqual(ArticleStatus.Ready, article.Status);
        Assert.Null(article.AudioKey);
        Assert.Null(article.SentenceTimingsJson);
        var media = Path.Combine(app.DataDirectory, "media");
        Assert.True(!Directory.Exists(media) || Directory.GetFiles(media, "*", SearchOption.AllDirectories).Length == 0);
        Assert.True(!Directory.Exists(work) || Directory.GetFileSystemEntries(work).Length == 0);
        var cache = Path.Combine(app.DataDirectory, "speech-cache");
        Assert.True(!Directory.Exists(cache) || Directory.GetFiles(cache, "*", SearchOption.AllDirectories).Length == 0);
        using var client = app.CreateClient();
        Assert.DoesNotContain("<enclosure", await client.GetStringAsync(new Uri("/feeds/local.rss", UriKind.Relative)), StringComparison.Ordinal);
    }

    // Regression: an attempt that kills its process is never counted by Hangfire as a retry, so such an article was
    // spoken again forever. Each attempt is counted on the article before the engine starts, and the job stops at
    // Jobs:MaxSpeechAttempts.
    [Fact]
    public async Task Speak_AttemptsAreCountedBeforeTheEngineRuns_AndStopAtTheSetting()
    {
        await using var app = new A11yFeedApplication().WithoutJobServers();
        var calls = Path.Combine(app.Root, "calls");
        var database = Path.Combine(app.DataDirectory, "a11yfeed.db");
        var tool = Path.Combine(app.Root, "dying-espeak");
        // What the engine sees in the database when it starts is what a process killed at that moment leaves.
        await File.WriteAllTextAsync(tool, $"#!/bin/sh\nsqlite3 '{database}' 'SELECT FailureCount FROM Articles' >> '{calls}'\ncat > /dev/null\nkill -9 $$\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(tool, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        app.With("Speech:EspeakPath", tool).With("Jobs:MaxSpeechAttempts", "2")
            .WithSource("local", new { title = "Local", kind = "folder", location = app.Root, language = "en" });
        await app.AddArticlesAsync(new Article
        {
            SourceId = "local", Url = "file:///bridge.txt", FeedGuid = "bridge", Status = ArticleStatus.Extracted,
            Title = "Footbridge", Text = "The footbridge has been repainted.", Language = "en", ContentHash = "h",
        });

        for (var attempt = 0; attempt < 3; attempt++)
        {
            await using var scope = app.Services.CreateAsyncScope();
            try
            {
                await scope.ServiceProvider.GetRequiredService<A11yFeed.Jobs.SpeakArticleJob>().RunAsync(1, CancellationToken.None);
            }
            catch (Exception exception) when (exception is not Xunit.Sdk.XunitException)
            {
                // The engine died; Hangfire would retry, or nothing would if the whole process had died.
            }
        }

        var article = await app.QueryAsync(db => db.Articles.AsNoTracking().SingleAsync());
        // The engine runs once per sentence: every run of an attempt sees that attempt already counted.
        Assert.Equal(["1", "2"], (await File.ReadAllLinesAsync(calls)).Distinct());
        Assert.Equal(ArticleStatus.Failed, article.Status);
        Assert.Contains("attempted 2 times", article.LastError, StringComparison.Ordinal);
    }
}
