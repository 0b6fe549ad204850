using System.Text;
using A11yFeed.Storage;
using A11yFeed.Tests.Fetching;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace A11yFeed.Tests.Hosting;

/// <summary>
/// The real executable killed with SIGKILL during a poll, an extraction, speech and MP3 encoding, and started
/// again each time on the same data folder: every article still ends Ready, with no work folder left behind and
/// every episode's bytes as long as the database says. Moments are chosen by watching the loopback site's requests
/// and the work folder; every wait is bounded.
/// </summary>
public sealed class ServiceCrashTests : IAsyncLifetime
{
    private static readonly TimeSpan Bound = TimeSpan.FromMinutes(3);
    private readonly string _root = Directory.CreateTempSubdirectory("a11yfeed-crash-").FullName;
    private readonly TaskCompletionSource _feedRequested = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _pageRequested = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _feedOpen = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _pageOpen = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private LoopbackSite _site = null!;

    private string Data => Path.Combine(_root, "data");
    private string Work => Path.Combine(_root, "work");

    public async Task InitializeAsync()
    {
        _site = await LoopbackSite.StartAsync();
        _site.Map("/robots.txt", LoopbackResponse.Empty(404));
        _site.MapHandler("/feed.xml", async context =>
        {
            _feedRequested.TrySetResult();
            await _feedOpen.Task.WaitAsync(context.RequestAborted);
            context.Response.ContentType = "application/rss+xml";
            await context.Response.WriteAsync(Feed());
        });
        _site.MapHandler("/a/harbour.html", async context =>
        {
            _pageRequested.TrySetResult();
            await _pageOpen.Task.WaitAsync(context.RequestAborted);
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(Page("Harbour wall repaired before the winter storms", 8));
        });
        _site.Map("/a/library.html", LoopbackResponse.Text(Page("Library keeps its reading room open late", 16)));
        Directory.CreateDirectory(Path.Combine(_root, "feeds"));
        await File.WriteAllTextAsync(Path.Combine(_root, "feeds", "town.json"), $$"""
            { "title": "Town News", "kind": "feed", "location": "{{_site.Url("/feed.xml").AbsoluteUri}}", "language": "en",
              "fetchFullText": true, "pollInterval": "00:30:00" }
            """);
    }

    public async Task DisposeAsync()
    {
        _feedOpen.TrySetResult();
        _pageOpen.TrySetResult();
        await _site.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_root, recursive: true);
    }

    // A crash mid-speech left the article waiting half an hour for the job storage's invisibility timeout.
    [Fact]
    public async Task KilledDuringEachStage_RestartsAndFinishesEveryArticle()
    {
        using (var service = Start())
        {
            await _feedRequested.Task.WaitAsync(Bound);
            service.KillHard(); // during the poll
        }

        _feedOpen.SetResult();
        using (var service = Start())
        {
            await _pageRequested.Task.WaitAsync(Bound);
            service.KillHard(); // during an extraction
        }

        _pageOpen.SetResult();
        using (var service = Start())
        {
            await WaitForWorkFileAsync("*.wav");
            service.KillHard(); // during speech
        }

        using (var service = Start())
        {
            await WaitForWorkFileAsync("episode.mp3");
            service.KillHard(); // during encoding
        }

        using (Start())
        {
            await WaitUntilAsync(async db => await db.Articles.CountAsync() == 2 && await db.Articles.AllAsync(a => a.Status == ArticleStatus.Ready));
            Assert.Empty(Directory.GetDirectories(Work, "episode-*"));
            await using var db = Open();
            foreach (var article in await db.Articles.AsNoTracking().ToListAsync())
            {
                Assert.Equal(article.AudioBytes, new FileInfo(Path.Combine(Data, "media", article.AudioKey!)).Length);
            }
        }
    }

    private ServiceProcess Start() => ServiceProcess.Start(_root,
    [
        "--urls", "http://127.0.0.1:0",
        $"--Sources:Directory={Path.Combine(_root, "feeds")}",
        $"--Storage:DataDirectory={Data}",
        $"--Audio:WorkDirectory={Work}",
        "--Jobs:QueuePollInterval=00:00:00.200",
        "--Jobs:PollTimeout=00:00:05",
        "--Jobs:SpeechWorkers=2",
        "--Fetch:MinDelayPerHost=00:00:00",
        // The test site is on loopback, which the service refuses unless the operator allows it.
        "--Fetch:AllowedInternalHosts:0=127.0.0.1",
        "--Logging:LogLevel:Default=Warning",
    ]);

    private async Task WaitForWorkFileAsync(string pattern) =>
        await PollAsync(() => Task.FromResult(Directory.Exists(Work)
            && Directory.EnumerateDirectories(Work, "episode-*").Any(d => Directory.EnumerateFiles(d, pattern).Any())), $"a work folder has {pattern}");

    private Task WaitUntilAsync(Func<A11yFeedDbContext, Task<bool>> condition) => PollAsync(async () =>
    {
        if (!File.Exists(Path.Combine(Data, "a11yfeed.db")))
        {
            return false;
        }

        await using var db = Open();
        return await condition(db);
    }, "every article is Ready");

    private async Task PollAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = TimeProvider.System.GetTimestamp() + (long)(Bound.TotalSeconds * TimeProvider.System.TimestampFrequency);
        while (!await condition())
        {
            if (TimeProvider.System.GetTimestamp() > deadline)
            {
                Assert.Fail($"Timed out waiting until {what}. Service log:\n{await File.ReadAllTextAsync(Path.Combine(_root, "service.log"))}");
            }

            await Task.Delay(10);
        }
    }

    private A11yFeedDbContext Open() =>
        new(new DbContextOptionsBuilder<A11yFeedDbContext>().UseSqlite($"Data Source={Path.Combine(Data, "a11yfeed.db")};Pooling=False").Options);

    private string Feed() => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0"><channel><title>Town News</title><link>{_site.BaseAddress}</link><description>Town News</description>
        <item><title>Harbour wall repaired before the winter storms</title><link>{_site.Url("/a/harbour.html")}</link></item>
        <item><title>Library keeps its reading room open late</title><link>{_site.Url("/a/library.html")}</link></item>
        </channel></rss>
        """;

    /// <summary>An article long enough that speaking and encoding it take a moment to watch.</summary>
    private static string Page(string title, int paragraphs)
    {
        var text = new StringBuilder();
        for (var i = 1; i <= paragraphs; i++)
        {
            text.Append($"<p>Paragraph {i} of the story: the council met on Tuesday and agreed the plan, and residents said the work was long overdue and welcome.</p>");
        }

        return $"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>{text}</article></body></html>";
    }
}
