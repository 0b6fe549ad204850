using Microsoft.Playwright;

namespace A11yFeed.Tests.Web.Browser;

/// <summary>
/// /listen in Chromium: one press plays every episode in turn, what was heard to the end is skipped after a reload, the
/// controls are large and keyboard operable, and a phone's lock screen and headset reach them through the Media Session.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ListenTests(BrowserSite site)
{
    private const string Player = "document.getElementById('listen-player')";

    /// <summary>Records the Media Session actions the page registers, so the test can press them as a headset would.</summary>
    private const string RecordMediaSession = """
        window.__actions = {};
        const set = navigator.mediaSession.setActionHandler.bind(navigator.mediaSession);
        navigator.mediaSession.setActionHandler = (action, handler) => { window.__actions[action] = handler; set(action, handler); };
        """;

    // The site's two spoken episodes are the newest: the Chinese one (26 November) plays before the English one (25th).
    private string First => "/media/audio/city/winter-services.mp3";
    private string Second => "/media/audio/demo/reading-room-hours.mp3";

    [BrowserFact]
    public async Task Play_PlaysTheFirstEpisodeThenTheNextWithoutAnotherPress()
    {
        // A listener's audio "stopped after 50 seconds": the 50-second Chinese demo episode had ended, and nothing followed it.
        var page = await site.OpenAsync("/listen");
        try
        {
            await page.ClickAsync(".listen [data-act=play]");
            await WaitPlayingAsync(page, First);
            var announced = await page.TextContentAsync(".listen .now");
            await SeekNearTheEndAsync(page);
            await WaitPlayingAsync(page, Second);

            Assert.Equal("Now playing 1 of 4: 社区冬季助老服务开始", announced);
            Assert.Equal("Now playing 2 of 4: Reading room opens longer hours", await page.TextContentAsync(".listen .now"));
            Assert.Equal("polite", await page.GetAttributeAsync(".listen .now", "aria-live"));
            Assert.Equal("true", await page.Locator(".episodes > li").Nth(1).GetAttributeAsync("aria-current"));
            Assert.Equal("Pause", await page.TextContentAsync(".listen [data-act=play]"));
            Assert.Equal($"[\"{site.ChineseId}\"]", await page.EvaluateAsync<string>("() => localStorage.getItem('a11yfeed-heard')"));
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [BrowserTheory]
    [InlineData("/")]
    [InlineData("/large-print/")]
    public async Task Home_OnePressPlaysEveryEpisodeInTurn(string home)
    {
        var page = await site.OpenAsync(home);
        try
        {
            await page.ClickAsync(".listen [data-act=play]");
            await WaitPlayingAsync(page, First);
            await SeekNearTheEndAsync(page);
            await WaitPlayingAsync(page, Second);

            Assert.Equal(0, await page.Locator("h1 ~ *:has(.listen)").Locator("xpath=preceding-sibling::section").CountAsync());
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [BrowserFact]
    public async Task Reload_SkipsAnEpisodeHeardToTheEnd()
    {
        var page = await site.OpenAsync("/listen");
        try
        {
            await page.ClickAsync(".listen [data-act=play]");
            await WaitPlayingAsync(page, First);
            await SeekNearTheEndAsync(page);
            await WaitPlayingAsync(page, Second);
            await page.ReloadAsync();
            await page.ClickAsync(".listen [data-act=play]");
            await WaitPlayingAsync(page, Second);

            Assert.Equal("heard", await page.Locator(".episodes > li").First.GetAttributeAsync("class"));
            Assert.Equal("Heard", await page.Locator(".episodes > li").First.Locator(".heard-note").TextContentAsync());
            Assert.Null(await page.Locator(".episodes > li").Nth(1).GetAttributeAsync("class"));
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [BrowserFact]
    public async Task MediaSession_NamesTheEpisodeAndItsButtonsMoveThroughTheList()
    {
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.BaseUrl });
        try
        {
            var page = await context.NewPageAsync();
            await page.AddInitScriptAsync(RecordMediaSession);
            await page.GotoAsync("/listen");
            var actions = await page.EvaluateAsync<string[]>("() => Object.keys(window.__actions).sort()");
            await page.EvaluateAsync("() => window.__actions.play()");
            await WaitPlayingAsync(page, First);
            await page.EvaluateAsync("() => window.__actions.nexttrack()");
            await WaitPlayingAsync(page, Second);
            var metadata = await page.EvaluateAsync<string[]>("""
                () => { const m = navigator.mediaSession.metadata; return [m.title, m.artist, m.album, m.artwork[0].src, m.artwork[0].sizes]; }
                """);
            await page.EvaluateAsync("() => window.__actions.seekto({ action: 'seekto', seekTime: 3 })");
            var time = await page.EvaluateAsync<double>($"() => {Player}.currentTime");
            await page.EvaluateAsync("() => window.__actions.previoustrack()");
            await WaitPlayingAsync(page, First);
            await page.EvaluateAsync("() => window.__actions.pause()");
            await page.WaitForFunctionAsync($"() => {Player}.paused && navigator.mediaSession.playbackState === 'paused'");

            Assert.Equal(["nexttrack", "pause", "play", "previoustrack", "seekbackward", "seekforward", "seekto"], actions);
            Assert.Equal(["Reading room opens longer hours", "Demo Library News", "A11yFeed", $"{site.BaseUrl}/artwork/demo.png", "1400x1400"], metadata);
            Assert.InRange(time, 3, 4.5);
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    [BrowserTheory]
    [InlineData("/listen", 1280)]
    [InlineData("/listen", 320)]
    [InlineData("/large-print/listen", 1280)]
    [InlineData("/large-print/listen", 320)]
    public async Task Controls_AreAtLeast60PxAndWorkFromTheKeyboard(string path, int width)
    {
        var page = await site.OpenAsync(path, width, size: 1);
        try
        {
            var sizes = await page.EvaluateAsync<double[][]>("""
                () => [...document.querySelectorAll('.listen button, .listen select')].map(e => { const r = e.getBoundingClientRect(); return [r.width, r.height]; })
                """);
            var play = page.Locator(".listen [data-act=play]");
            await play.FocusAsync();
            await page.Keyboard.PressAsync("Enter");
            await WaitPlayingAsync(page, First);
            await page.Keyboard.PressAsync("Space");
            await page.WaitForFunctionAsync($"() => {Player}.paused");
            await page.Locator(".listen [data-act=next]").FocusAsync();
            await page.Keyboard.PressAsync("Enter");
            await page.WaitForFunctionAsync($"() => {Player}.src.endsWith('{Second}')");

            Assert.Equal(4, sizes.Length);
            Assert.All(sizes, s => Assert.True(s[0] >= 60 && s[1] >= 60, $"{s[0]}×{s[1]} px"));
            Assert.True(await page.EvaluateAsync<bool>($"() => {Player}.paused"), "Next keeps a paused player paused");
            Assert.Equal("Play", await play.TextContentAsync());
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [BrowserFact]
    public async Task WithoutJavaScript_EveryEpisodeHasItsOwnPlayer()
    {
        var page = await site.OpenAsync("/listen", javaScript: false);
        try
        {
            Assert.False(await page.IsVisibleAsync(".listen"));
            Assert.Equal(4, await page.Locator(".episodes audio[controls]").CountAsync());
            Assert.True(await page.IsVisibleAsync("a[href='/listen.m3u']"));
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    private static async Task WaitPlayingAsync(IPage page, string src) =>
        await page.WaitForFunctionAsync(
            $"() => {{ const a = {Player}; return a.src.endsWith('{src}') && !a.paused && a.currentTime > 0; }}", null,
            new PageWaitForFunctionOptions { Timeout = 30_000 });

    /// <summary>Jumps to half a second before the end, so the test hears the end of an episode without waiting for it.</summary>
    private static async Task SeekNearTheEndAsync(IPage page) =>
        await page.EvaluateAsync($"() => {{ const a = {Player}; a.currentTime = a.duration - 0.5; }}");
}
