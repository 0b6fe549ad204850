using A11yFeed.Feeds;
using A11yFeed.Publishing;
using A11yFeed.Storage;
using A11yFeed.Tests.Publishing;
using A11yFeed.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace A11yFeed.Tests.Web.Browser;

/// <summary>
/// One loopback Kestrel site with the reading pages and one headless Debian Chromium, shared by every browser test
/// (see <see cref="BrowserCollection"/>). The site holds the golden articles plus an English and a Chinese article
/// whose MP3s espeak-ng and lame made here, with their sentence timings and picture descriptions.
/// </summary>
public sealed class BrowserSite : IAsyncLifetime, IDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private WebApplication? _app;
    private IPlaywright? _playwright;
    private FeedTestDatabase? _database;

    public static bool Available => File.Exists(ChromiumPath);

    public string BaseUrl { get; private set; } = "";
    public IBrowser Browser { get; private set; } = null!;
    public long EnglishId { get; private set; }
    public long ChineseId { get; private set; }
    public IReadOnlyList<A11yFeed.Model.SentenceTiming> EnglishTimings { get; private set; } = [];

    /// <summary>Where tests save screenshots: beside the test assembly, never in the repository.</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        if (!Available)
        {
            return;
        }

        _database = new FeedTestDatabase();
        var media = Path.Combine(_database.Folder, "media");
        await SeedAsync(_database, media);

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing", ContentRootPath = _database.Folder });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddDbContext<A11yFeedDbContext>(o => o.UseSqlite(_database.ConnectionString));
        builder.Services.AddSingleton(FeedTestDatabase.Catalog);
        builder.Services.AddSingleton<IMediaStore>(new LocalDiskMediaStore(media));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddPublishing(builder.Configuration).AddFeeds();
        _app = builder.Build();
        _app.UseResponseCompression();
        _app.MapFeeds();
        _app.MapPages();
        _app.MapMedia();
        await _app.StartAsync();
        BaseUrl = _app.Urls.First();

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--autoplay-policy=no-user-gesture-required",
            ],
        });
        Directory.CreateDirectory(ScreenshotFolder);
    }

    /// <summary>A fresh browser context (own cookies and storage) with the reader's size and theme already chosen.</summary>
    public async Task<IPage> OpenAsync(
        string path, int width = 1280, string theme = "default", int size = 2, float scale = 1, int height = 900, bool bypassCsp = false, bool javaScript = true)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            DeviceScaleFactor = scale,
            ReducedMotion = ReducedMotion.Reduce,
            // Only to inject test styles such as the text-spacing override; the site itself allows no inline style.
            BypassCSP = bypassCsp,
            JavaScriptEnabled = javaScript,
        });
        await context.AddCookiesAsync([new Cookie { Name = ReaderPreferences.CookieName, Value = $"{size}-{theme}", Url = BaseUrl }]);
        var page = await context.NewPageAsync();
        var response = await page.GotoAsync(path);
        Assert.True(response is { Ok: true }, $"GET {path} returned {response?.Status}");
        return page;
    }

    private async Task SeedAsync(FeedTestDatabase database, string media)
    {
        await database.SeedGoldenArticlesAsync();
        var english = FeedTestDatabase.Ready("demo", "reading-room-hours", "Reading room opens longer hours", null, new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));
        english.Text = string.Join(" ", BrowserArticles.EnglishFirst) + "\n\n" + string.Join(" ", BrowserArticles.EnglishSecond);
        english.ImagesJson = """[{"src":"https://www.example.org/room.jpg","alt":"Two readers at a table with magnifying lamps","caption":"The new reading room"}]""";
        english.AudioKey = "audio/demo/reading-room-hours.mp3";
        EnglishTimings = await SpokenEpisode.MakeAsync(Path.Combine(media, english.AudioKey), "en",
            [(-1, english.Title), .. BrowserArticles.EnglishFirst.Select(s => (0, s)), .. BrowserArticles.EnglishSecond.Select(s => (1, s))]);
        english.SentenceTimingsJson = A11yFeed.Model.SentenceTimingsJson.Serialise(EnglishTimings);
        english.AudioDurationMs = EnglishTimings[^1].EndMs + 300;

        var chinese = FeedTestDatabase.Ready("city", "winter-services", "社区冬季助老服务开始", null, new DateTimeOffset(2026, 11, 26, 1, 0, 0, TimeSpan.Zero));
        chinese.Text = string.Concat(BrowserArticles.ChineseFirst) + "\n\n" + string.Concat(BrowserArticles.ChineseSecond);
        chinese.Captions = "社区食堂里的老人";
        chinese.AudioKey = "audio/city/winter-services.mp3";
        var chineseTimings = await SpokenEpisode.MakeAsync(Path.Combine(media, chinese.AudioKey), "cmn",
            [.. BrowserArticles.ChineseFirst.Select(s => (0, s)), .. BrowserArticles.ChineseSecond.Select(s => (1, s))]);
        chinese.SentenceTimingsJson = A11yFeed.Model.SentenceTimingsJson.Serialise(chineseTimings);
        chinese.AudioDurationMs = chineseTimings[^1].EndMs + 300;

        await database.AddAsync(english, chinese);
        EnglishId = english.Id;
        ChineseId = chinese.Id;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        Dispose();
    }

    public void Dispose() => _database?.Dispose();
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserSite>
{
    public const string Name = "Browser";
}

/// <summary>A browser test: skipped, with the reason, only where Debian's Chromium is not installed.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!BrowserSite.Available)
        {
            Skip = $"{BrowserSite.ChromiumPath} is not installed (scripts/system-packages test installs it)";
        }
    }
}

/// <summary>The theory form of <see cref="BrowserFactAttribute"/>.</summary>
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute()
    {
        if (!BrowserSite.Available)
        {
            Skip = $"{BrowserSite.ChromiumPath} is not installed (scripts/system-packages test installs it)";
        }
    }
}
