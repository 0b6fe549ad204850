using A11yFeed.Feeds;
using A11yFeed.Publishing;
using A11yFeed.Storage;
using A11yFeed.Tests.Publishing;
using A11yFeed.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace A11yFeed.Tests.Web;

/// <summary>
/// The feed, page and media endpoints on an in-memory server over a real SQLite file and a media folder,
/// with the two sample sources.
/// </summary>
public sealed class WebTestHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private WebTestHost(WebApplication app, FeedTestDatabase database, string mediaFolder)
    {
        _app = app;
        Database = database;
        MediaFolder = mediaFolder;
        Client = app.GetTestClient();
    }

    public FeedTestDatabase Database { get; }
    public string MediaFolder { get; }
    public HttpClient Client { get; }
    public IMediaStore Media => _app.Services.GetRequiredService<IMediaStore>();
    public FakeTimeProvider Clock => (FakeTimeProvider)_app.Services.GetRequiredService<TimeProvider>();

    public static async Task<WebTestHost> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var database = new FeedTestDatabase();
        var mediaFolder = Path.Combine(database.Folder, "media");
        Directory.CreateDirectory(mediaFolder);

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = "Testing",
            ContentRootPath = database.Folder,
        });
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.Services.AddDbContext<A11yFeedDbContext>(o => o.UseSqlite(database.ConnectionString));
        builder.Services.AddSingleton(FeedTestDatabase.Catalog);
        builder.Services.AddSingleton<IMediaStore>(new LocalDiskMediaStore(mediaFolder));
        builder.Services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero)));
        builder.Services.AddPublishing(builder.Configuration).AddFeeds();

        var app = builder.Build();
        app.UseResponseCompression();
        app.MapFeeds();
        app.MapPages();
        app.MapMedia();
        await app.StartAsync();
        return new WebTestHost(app, database, mediaFolder);
    }

    public async Task<string> GetStringAsync(string path)
    {
        using var response = await Client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.True(response.IsSuccessStatusCode, $"GET {path} returned {(int)response.StatusCode}");
        return await response.Content.ReadAsStringAsync();
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        Database.Dispose();
    }
}
