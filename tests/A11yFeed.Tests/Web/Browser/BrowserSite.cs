using A11yFeed.Tests.Hosting;
using A11yFeed.Tests.Publishing;
using A11yFeed.Web;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;

namespace A11yFeed.Tests.Web.Browser;

/// <summary>
/// The application on loopback Kestrel and one headless Debian Chromium, shared by every browser test
/// (see <see cref="BrowserCollection"/>). The site holds the golden articles plus an English and a Chinese article
/// whose MP3s espeak-ng and lame made here, with their sentence timings and picture descriptions.
/// </summary>
public sealed class BrowserSite : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public static bool Available => File.Exists(ChromiumPath);

    public A11yFeedApplication? App { get; private set; }
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

        // The real application on loopback Kestrel, so Chromium reaches it as a reader would; no jobs, the
        // database and media folder hold exactly what SeedAsync puts there.
        App = new A11yFeedApplication().WithSampleSources().WithClock(new FakeTimeProvider(A11yFeedApplication.SampleNow)).WithoutJobServers().OnLoopback();
        App.StartServer();
        BaseUrl = App.BaseUrl.AbsoluteUri.TrimEnd('/');
        await SeedAsync(App);

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

    private async Task SeedAsync(A11yFeedApplication app)
    {
        var media = app.MediaDirectory;
        await app.SeedGoldenArticlesAsync();
        var english = SampleArticles.Ready("demo", "reading-room-hours", "Reading room opens longer hours", null, new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));
        english.Text = string.Join(" ", BrowserArticles.EnglishFirst) + "\n\n" + string.Join(" ", BrowserArticles.EnglishSecond);
        english.ImagesJson = """[{"src":"https://www.example.org/room.jpg","alt":"Two readers at a table with magnifying lamps","caption":"The new reading room"}]""";
        english.AudioKey = "audio/demo/reading-room-hours.mp3";
        EnglishTimings = await SpokenEpisode.MakeAsync(Path.Combine(media, english.AudioKey), "en",
            [(-1, english.Title), .. BrowserArticles.EnglishFirst.Select(s => (0, s)), .. BrowserArticles.EnglishSecond.Select(s => (1, s))]);
        english.SentenceTimingsJson = A11yFeed.Model.SentenceTimingsJson.Serialise(EnglishTimings);
        english.AudioDurationMs = EnglishTimings[^1].EndMs + 300;

        var chinese = SampleArticles.Ready("city", "winter-services", "社区冬季助老服务开始", null, new DateTimeOffset(2026, 11, 26, 1, 0, 0, TimeSpan.Zero));
        chinese.Text = string.Concat(BrowserArticles.ChineseFirst) + "\n\n" + string.Concat(BrowserArticles.ChineseSecond);
        chinese.Captions = "社区食堂里的老人";
        chinese.AudioKey = "audio/city/winter-services.mp3";
        var chineseTimings = await SpokenEpisode.MakeAsync(Path.Combine(media, chinese.AudioKey), "cmn",
            [.. BrowserArticles.ChineseFirst.Select(s => (0, s)), .. BrowserArticles.ChineseSecond.Select(s => (1, s))]);
        chinese.SentenceTimingsJson = A11yFeed.Model.SentenceTimingsJson.Serialise(chineseTimings);
        chinese.AudioDurationMs = chineseTimings[^1].EndMs + 300;

        await app.AddArticlesAsync(english, chinese);
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
        if (App is not null)
        {
            await App.DisposeAsync();
        }
    }
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
