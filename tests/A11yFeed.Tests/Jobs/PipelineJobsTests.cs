using A11yFeed.Jobs;
using A11yFeed.Storage;
using A11yFeed.Tests.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace A11yFeed.Tests.Jobs;

/// <summary>The jobs on a local folder source, in the real application: retries and repeats change nothing.</summary>
[Collection(ApplicationCollection.Name)]
public sealed class PipelineJobsTests : IAsyncLifetime
{
    private const string Story = """
        Volunteers repaint the station footbridge

        The footbridge at the railway station has been repainted by volunteers from three local clubs over two weekends.

        New handrails on both sides and brighter lamps make the crossing easier after dark, the station manager said.
        """;

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero));
    private A11yFeedApplication _app = null!;

    public async Task InitializeAsync()
    {
        _app = new A11yFeedApplication().WithClock(_clock);
        var folder = Path.Combine(_app.Root, "articles");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "footbridge.txt"), Story);
        File.SetLastWriteTimeUtc(Path.Combine(folder, "footbridge.txt"), new DateTime(2026, 11, 20, 0, 0, 0, DateTimeKind.Utc));
        await File.WriteAllTextAsync(Path.Combine(folder, "footbridge-copy.txt"), Story);
        await File.WriteAllBytesAsync(Path.Combine(folder, "empty.html"), []);
        _app.WithSource("local", new { title = "Local", kind = "folder", location = folder, language = "en", pollInterval = "00:10:00" });

        _ = _app.Services; // starts the host, its workers and the first poll
        await _app.WaitUntilAsync(
            "one article is ready, its copy is a duplicate and the empty file failed",
            async db => await db.Articles.CountAsync(a => a.Status == ArticleStatus.Ready) == 1
                && await db.Articles.CountAsync(a => a.Status == ArticleStatus.Duplicate) == 1
                && await db.Articles.CountAsync(a => a.Status == ArticleStatus.Failed) == 1,
            TimeSpan.FromMinutes(2));
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Extract_SameTextUnderAnotherUrl_IsPublishedOnce()
    {
        var articles = await _app.QueryAsync(db => db.Articles.AsNoTracking().ToListAsync());

        var duplicate = Assert.Single(articles, a => a.Status == ArticleStatus.Duplicate);
        Assert.Null(duplicate.AudioKey);
        var failed = Assert.Single(articles, a => a.Status == ArticleStatus.Failed);
        Assert.EndsWith("empty.html", failed.Url, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(failed.LastError));

        using var client = _app.CreateClient();
        var rss = await client.GetStringAsync(new Uri("/feeds/local.rss", UriKind.Relative));
        Assert.Equal(1, CountOf(rss, "<enclosure "));
    }

    [Fact]
    public async Task Jobs_RunAgain_ChangeNothing()
    {
        var before = await _app.QueryAsync(db => db.Articles.AsNoTracking().SingleAsync(a => a.Status == ArticleStatus.Ready));
        var audioPath = Path.Combine(_app.DataDirectory, "media", before.AudioKey!);
        var written = File.GetLastWriteTimeUtc(audioPath);

        await using (var scope = _app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ExtractArticleJob>().RunAsync(before.Id, CancellationToken.None);
        }

        await using (var scope = _app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<SpeakArticleJob>().RunAsync(before.Id, CancellationToken.None);
        }

        var after = await _app.QueryAsync(db => db.Articles.AsNoTracking().SingleAsync(a => a.Id == before.Id));
        Assert.Equal(before.AudioKey, after.AudioKey);
        Assert.Equal(before.ContentHash, after.ContentHash);
        Assert.Null(after.UpdatedAt);
        Assert.Equal(written, File.GetLastWriteTimeUtc(audioPath));
        Assert.Equal(3, await _app.QueryAsync(db => db.Articles.CountAsync()));
    }

    [Fact]
    public async Task PollDueSources_WaitsForTheSourceInterval()
    {
        var first = await PolledAtAsync();
        Assert.Equal(_clock.GetUtcNow(), first);

        _clock.Advance(TimeSpan.FromMinutes(9));
        await PollDueSourcesAsync();
        Assert.Equal(PollClaim.None, await _app.QueryAsync(db => db.Sources.Where(s => s.Id == "local").Select(s => s.PollClaim).SingleAsync()));

        _clock.Advance(TimeSpan.FromMinutes(1));
        await PollDueSourcesAsync();
        await _app.WaitUntilAsync(
            "the source is polled again",
            async db => await db.Sources.AnyAsync(s => s.Id == "local" && s.LastPolledAt == first + TimeSpan.FromMinutes(10) && s.PollClaim == PollClaim.None),
            TimeSpan.FromMinutes(1));
        Assert.Equal(3, await _app.QueryAsync(db => db.Articles.CountAsync()));
    }

    private async Task PollDueSourcesAsync()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<PollDueSourcesJob>().RunAsync(CancellationToken.None);
    }

    private Task<DateTimeOffset?> PolledAtAsync() =>
        _app.QueryAsync(db => db.Sources.AsNoTracking().Where(s => s.Id == "local").Select(s => s.LastPolledAt).SingleAsync());

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
