using A11yFeed.Jobs;
using A11yFeed.Tests.Fetching;
using A11yFeed.Tests.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace A11yFeed.Tests.Extraction;

/// <summary>
/// The per-source template memory in the running service: a site whose every article carries the same
/// box inside the story's container is polled as its articles appear, one by one, through the jobs host.
/// </summary>
[Collection(ApplicationCollection.Name)]
public sealed class SourceTemplateMemoryTests : IAsyncLifetime
{
    private const string ListPath = "/notices/index.html";
    private const string Box = "Residents can ask the council questions by telephone every Tuesday evening, and a member of staff answers every call in person.";
    private const string SharedOnce = "The library on Mill Street lends large-print books and audio players free of charge to every resident over seventy.";

    private static readonly (string Path, string Title, string Body, string? Extra)[] Notices =
    [
        ("/notices/1.html", "Bus shelter on Quay Road is replaced", "The old bus shelter on Quay Road has been taken down and a new one with a bench and a lit timetable will open on Friday.", null),
        ("/notices/2.html", "Winter gritting routes are published", "The council has published this winter's gritting routes, which now include the steep lanes behind the primary school.", SharedOnce),
        ("/notices/3.html", "Swimming pool reopens after repairs", "The town swimming pool reopens on Monday after four weeks of repairs to its roof and changing rooms.", null),
        ("/notices/4.html", "Market square gets new benches", "Six new benches with armrests have been placed around the market square after residents asked for more places to rest.", SharedOnce),
    ];

    private LoopbackSite _site = null!;
    private A11yFeedApplication _app = null!;

    public async Task InitializeAsync()
    {
        _site = await LoopbackSite.StartAsync();
        _site.Map("/robots.txt", LoopbackResponse.Empty(404));
        foreach (var notice in Notices)
        {
            _site.Map(notice.Path, LoopbackResponse.Text(Page(notice.Title, notice.Body, notice.Extra)));
        }

        ListFirst(1);
        _app = new A11yFeedApplication()
            .With("Fetch:RetryDelay", "00:00:00.010")
            .WithSource("town", new { title = "Town notices", kind = "page", location = _site.Url(ListPath).AbsoluteUri, language = "en", pollInterval = "1.00:00:00" });
        _ = _app.Services; // starts the host, its workers and the first poll
        await WaitForExtractedAsync(1);
        for (var count = 2; count <= Notices.Length; count++)
        {
            ListFirst(count);
            await using (var scope = _app.Services.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<PollSourceJob>().PollAsync("town", CancellationToken.None);
            }

            await WaitForExtractedAsync(count);
        }
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _site.DisposeAsync();
    }

    [Fact]
    public async Task Extraction_DropsABoxRepeatedOnTwoEarlierPages_FromTheThirdArticleOn()
    {
        var texts = await Texts();

        Assert.Contains(Box, texts[Notices[0].Path], StringComparison.Ordinal);
        Assert.Contains(Box, texts[Notices[1].Path], StringComparison.Ordinal);
        Assert.DoesNotContain(Box, texts[Notices[2].Path], StringComparison.Ordinal);
        Assert.DoesNotContain(Box, texts[Notices[3].Path], StringComparison.Ordinal);
        Assert.All(Notices, n => Assert.Contains(n.Body, texts[n.Path], StringComparison.Ordinal));
    }

    [Fact]
    public async Task Extraction_KeepsAParagraphSeenOnOnlyOneOtherPage()
    {
        var texts = await Texts();

        Assert.Contains(SharedOnce, texts[Notices[1].Path], StringComparison.Ordinal);
        Assert.Contains(SharedOnce, texts[Notices[3].Path], StringComparison.Ordinal);
        Assert.True(await _app.QueryAsync(db => db.SourceTemplateBlocks.AnyAsync(t => t.SourceId == "town")));
    }

    private async Task<Dictionary<string, string>> Texts()
    {
        var articles = await _app.QueryAsync(db => db.Articles.AsNoTracking().Where(a => a.SourceId == "town").ToListAsync());
        return articles.ToDictionary(a => new Uri(a.Url).AbsolutePath, a => a.Text ?? string.Empty);
    }

    private Task WaitForExtractedAsync(int count) => _app.WaitUntilAsync(
        $"{count} notices extracted",
        async db => await db.Articles.CountAsync(a => a.SourceId == "town" && a.Text != null) == count,
        TimeSpan.FromMinutes(2));

    // The newest notice first, as a town's notice board lists them.
    private void ListFirst(int count)
    {
        var links = string.Concat(Notices.Take(count).Reverse().Select(n => $"<li><a href=\"{n.Path}\">{n.Title}</a></li>"));
        _site.Map(ListPath, LoopbackResponse.Text($"""
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Notices | Example Town</title></head>
            <body><ul class="notices">{links}</ul></body></html>
            """));
    }

    private static string Page(string title, string body, string? extra) => $"""
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title} | Example Town</title></head>
        <body><h1>{title}</h1>
        <div class="story">
        <p>{body}</p>
        <p>Questions about this notice ("{title}") go to the council's works department, which answers within a week.</p>
        {(extra is null ? "" : $"<p>{extra}</p>")}
        <div class="box"><p>{Box}</p></div>
        </div></body></html>
        """;
}
