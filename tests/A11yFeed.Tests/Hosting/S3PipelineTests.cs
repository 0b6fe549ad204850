using System.Globalization;
using System.Net;
using System.Xml.Linq;
using A11yFeed.Storage;
using A11yFeed.Tests.Storage;
using Microsoft.EntityFrameworkCore;

namespace A11yFeed.Tests.Hosting;

/// <summary>
/// The whole pipeline with <c>Media:Provider=S3</c> against the real S3-compatible server: articles become Ready with
/// their episodes in the bucket, every enclosure announces the stored object's size, and a replaced episode leaves
/// no orphan object behind.
/// </summary>
[Collection(ApplicationCollection.Name)]
public sealed class S3PipelineTests : IAsyncLifetime
{
    private static readonly TimeSpan PipelineTimeout = TimeSpan.FromMinutes(2);
    private readonly S3TestServer _server = new();
    private A11yFeedApplication? _app;
    private string _folder = "";

    private A11yFeedApplication App => _app!;

    public async Task InitializeAsync()
    {
        if (!S3TestServer.Configured)
        {
            return;
        }

        var app = new A11yFeedApplication();
        _app = app;
        foreach (var (key, value) in _server.Settings())
        {
            app.With(key, value);
        }

        _folder = Directory.CreateDirectory(Path.Combine(app.Root, "articles")).FullName;
        await File.WriteAllTextAsync(Path.Combine(_folder, "ferry.txt"), """
            The morning ferry runs again

            The harbour ferry returned to its winter timetable on Monday, with the first crossing at seven.
            """);
        await File.WriteAllTextAsync(Path.Combine(_folder, "choir.txt"), """
            Choir seeks new voices

            The town choir invites singers of every age to an open rehearsal in the library hall on Thursday.
            """);
        app.WithSource("harbour", new { title = "Harbour news", kind = "folder", location = _folder, language = "en" });
        _ = app.Services;
        await app.WaitUntilAsync(
            "both articles are ready with audio",
            async db => await db.Articles.CountAsync(a => a.Status == ArticleStatus.Ready && a.AudioKey != null) == 2,
            PipelineTimeout);
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    [S3Fact]
    public async Task Pipeline_StoresOneObjectPerEpisodeOfTheAnnouncedSize()
    {
        var articles = await App.QueryAsync(db => db.Articles.AsNoTracking().ToListAsync());
        var objects = await _server.ObjectsAsync();

        Assert.Equal(articles.Select(a => a.AudioKey!).Order(), objects.Keys.Order());
        Assert.All(articles, a => Assert.Equal(objects[a.AudioKey!], a.AudioBytes));
        Assert.False(Directory.Exists(App.MediaDirectory) && Directory.EnumerateFiles(App.MediaDirectory, "*", SearchOption.AllDirectories).Any());

        var rss = XDocument.Parse(await App.GetStringAsync("/feeds/harbour.rss"));
        var enclosures = rss.Descendants("enclosure").ToList();
        Assert.Equal(2, enclosures.Count);
        foreach (var enclosure in enclosures)
        {
            var url = new Uri((string)enclosure.Attribute("url")!);
            var key = url.AbsolutePath["/media/".Length..];
            Assert.Equal(objects[key], long.Parse((string)enclosure.Attribute("length")!, CultureInfo.InvariantCulture));
            Assert.Equal(objects[key], (await App.Client.GetByteArrayAsync(new Uri(url.PathAndQuery, UriKind.Relative))).LongLength);
        }

        await ServedEpisodes.AssertMatchStoredAsync(App.Client, articles);
    }

    [S3Fact]
    public async Task Edit_ReplacesTheEpisodeAndDeletesTheOldObject()
    {
        var before = await App.QueryAsync(db => db.Articles.AsNoTracking().SingleAsync(a => a.Url.EndsWith("ferry.txt")));
        await File.WriteAllTextAsync(Path.Combine(_folder, "ferry.txt"), """
            The morning ferry runs again

            The harbour ferry returned to its winter timetable on Monday, with the first crossing at half past six.
            """);

        using var poll = await App.Client.PostAsync(new Uri("/admin/sources/harbour/poll", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.Accepted, poll.StatusCode);
        await App.WaitUntilAsync(
            "the edited article is spoken again",
            async db => await db.Articles.AnyAsync(a => a.Id == before.Id && a.Status == ArticleStatus.Ready && a.AudioHash != before.AudioHash),
            PipelineTimeout);

        var articles = await App.QueryAsync(db => db.Articles.AsNoTracking().ToListAsync());
        var objects = await _server.ObjectsAsync();
        Assert.DoesNotContain(before.AudioKey!, objects.Keys);
        Assert.Equal(articles.Select(a => a.AudioKey!).Order(), objects.Keys.Order());
        Assert.All(articles, a => Assert.Equal(objects[a.AudioKey!], a.AudioBytes));
    }
}
