using A11yFeed.Bulletins;
using A11yFeed.Episodes;
using A11yFeed.Model;
using A11yFeed.Storage;
using A11yFeed.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace A11yFeed.Tests.Bulletins;

/// <summary>
/// An application with one source whose episodes the real pipeline spoke (espeak-ng, lame) and stored, with their
/// article rows, on a fake clock: what bulletin tests build from.
/// </summary>
public sealed class BulletinDay : IAsyncDisposable
{
    private BulletinDay(A11yFeedApplication app, string sourceId) => (App, SourceId) = (app, sourceId);

    public A11yFeedApplication App { get; }
    public string SourceId { get; }
    public FakeTimeProvider Clock => App.Clock;
    public LocalDiskMediaStore Media => (LocalDiskMediaStore)App.Media;

    public static BulletinDay Start(string sourceId, string title, string language, DateTimeOffset now, params (string Key, string Value)[] settings)
    {
        var app = new A11yFeedApplication().WithClock(new FakeTimeProvider(now)).WithoutJobServers();
        var folder = Directory.CreateDirectory(Path.Combine(app.Root, sourceId)).FullName;
        app.WithSource(sourceId, new { title, kind = "folder", location = folder, language });
        foreach (var (key, value) in settings)
        {
            app.With(key, value);
        }

        _ = app.Services;
        return new BulletinDay(app, sourceId);
    }

    /// <summary>Speaks <paramref name="paragraph"/> into a stored episode and records it as a ready article published at <paramref name="published"/>.</summary>
    public async Task<Article> AddEpisodeAsync(string title, string paragraph, DateTimeOffset published, string language = "en")
    {
        var slug = Guid.NewGuid().ToString("N")[..8];
        var key = $"audio/{SourceId}/{slug}.mp3";
        var script = new EpisodeScript(key, language, new VoiceSettings(), title, "Harbour office", published, [paragraph], null, "News");
        var rendered = await App.Services.GetRequiredService<EpisodeRenderer>().RenderAsync(script, CancellationToken.None);
        var article = new Article
        {
            SourceId = SourceId,
            Url = $"https://www.example.org/{SourceId}/{slug}.html",
            FeedGuid = ItemGuid.For(SourceId, slug),
            Status = ArticleStatus.Ready,
            DiscoveredAt = published,
            PublishedAt = published,
            Title = title,
            Language = language,
            Text = paragraph,
            AudioKey = key,
            AudioBytes = rendered.Bytes,
            AudioDurationMs = (long)Math.Round(rendered.Duration.TotalMilliseconds),
            SentenceTimingsJson = SentenceTimingsJson.Serialise(rendered.Sentences),
        };
        await App.AddArticlesAsync(article);
        return article;
    }

    public async Task<BulletinBuildResult> BuildAsync(DateOnly date, string? feedId = null)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<BulletinBuilder>().BuildAsync(feedId ?? SourceId, date, CancellationToken.None);
    }

    public Bulletin? Find(DateOnly date, string? feedId = null) =>
        App.Services.GetRequiredService<BulletinStore>().FindAsync(feedId ?? SourceId, date, CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>Every file of the media store with its size and last write time: what "nothing written" compares.</summary>
    public IReadOnlyList<string> MediaSnapshot() =>
        Directory.EnumerateFiles(App.MediaDirectory, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(f => $"{Path.GetRelativePath(App.MediaDirectory, f)} {new FileInfo(f).Length} {File.GetLastWriteTimeUtc(f):O}")
            .ToList();

    public ValueTask DisposeAsync() => App.DisposeAsync();
}
