using Microsoft.Playwright;

namespace A11yFeed.Tests.Web.Browser;

/// <summary>A reader with only a keyboard reaches every control with a visible focus ring, plays, and jumps sentences.</summary>
[Collection(BrowserCollection.Name)]
public sealed class KeyboardTests(BrowserSite site)
{
    /// <summary>What has focus: its tag, class and text, and whether a focus ring of at least 2 px shows.</summary>
    private const string Focused = """
        () => { const e = document.activeElement; const cs = getComputedStyle(e);
                const ring = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2;
                const r = e.getBoundingClientRect();
                const seen = r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight;
                return `${e.tagName}|${e.className}|${(e.getAttribute('data-act') || e.textContent || '').trim().slice(0, 20)}|${ring && seen}`; }
        """;

    private const string Controls = "() => [...document.querySelectorAll('a, button, select, audio')].filter(e => !e.parentElement.closest('audio')).length";

    [BrowserTheory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Tab_ReachesEveryControlWithAVisibleFocusRing(bool large)
    {
        var page = await site.OpenAsync($"{(large ? "/large-print" : "")}/articles/{site.EnglishId}");
        try
        {
            var stops = new List<string>();
            for (var i = 0; i < 60; i++)
            {
                await page.Keyboard.PressAsync("Tab");
                var stop = await page.EvaluateAsync<string>(Focused);
                if (stops.Count > 0 && stop == stops[^1])
                {
                    continue; // The player's own buttons: focus stays on the audio element.
                }

                if (stop.StartsWith("BODY", StringComparison.Ordinal) || stops.Contains(stop))
                {
                    break;
                }

                stops.Add(stop);
            }

            Assert.StartsWith("A|skip|", stops[0], StringComparison.Ordinal);
            Assert.All(stops, s => Assert.EndsWith("|true", s, StringComparison.Ordinal));
            // Every link, button, list and player, plus one stop for the whole text (its sentences share one).
            Assert.Equal(await page.EvaluateAsync<int>(Controls) + 1, stops.Count);
            Assert.Single(stops, s => s.StartsWith("SPAN|s", StringComparison.Ordinal));
            foreach (var act in new[] { "previous", "play", "next", "speed" })
            {
                Assert.Contains(stops, s => s.Contains($"|{act}|", StringComparison.Ordinal));
            }
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [BrowserFact]
    public async Task SkipLink_MovesFocusToTheMainContent()
    {
        var page = await site.OpenAsync($"/sources/demo");
        try
        {
            await page.Keyboard.PressAsync("Tab");
            Assert.True(await page.Locator(".skip").IsVisibleAsync());
            await page.Keyboard.PressAsync("Enter");

            Assert.Equal("main", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [BrowserFact]
    public async Task Keys_PlayPauseAndJumpSentences_WithoutTakingKeysFromControls()
    {
        var page = await site.OpenAsync($"/articles/{site.EnglishId}");
        try
        {
            await TabToAsync(page, "SPAN|s");
            await page.Keyboard.PressAsync("Space");
            await page.WaitForFunctionAsync("() => !document.getElementById('player').paused");
            await page.Keyboard.PressAsync("ArrowRight");
            await page.Keyboard.PressAsync("ArrowRight");
            Assert.Equal(2, await CurrentAsync(page));
            Assert.Equal(2, await page.EvaluateAsync<int>("() => [...document.querySelectorAll('.s')].indexOf(document.activeElement)"));
            await page.Keyboard.PressAsync("ArrowLeft");
            Assert.Equal(1, await CurrentAsync(page));
            await page.Keyboard.PressAsync("Space");
            Assert.True(await page.EvaluateAsync<bool>("() => document.getElementById('player').paused"));
            await page.Keyboard.PressAsync("ArrowDown");
            await page.Keyboard.PressAsync("Enter");
            await page.WaitForFunctionAsync("() => !document.getElementById('player').paused");
            Assert.Equal(2, await CurrentAsync(page));

            // A button keeps its own Space: one press, one toggle.
            await TabToAsync(page, "BUTTON|button play");
            await page.Keyboard.PressAsync("Space");
            Assert.True(await page.EvaluateAsync<bool>("() => document.getElementById('player').paused"));
            await TabToAsync(page, "BUTTON|button|next");
            await page.Keyboard.PressAsync("Enter");
            Assert.Equal(3, await CurrentAsync(page));

            // A list keeps its arrows: the speed changes, the sentence does not.
            await TabToAsync(page, "SELECT");
            await page.Keyboard.PressAsync("ArrowDown");
            Assert.Equal(1.25, await page.EvaluateAsync<double>("() => document.getElementById('player').playbackRate"));
            Assert.Equal(3, await CurrentAsync(page));

            // And a colour link works from the keyboard too.
            await TabToAsync(page, "A|button t-contrast");
            await page.Keyboard.PressAsync("Enter");
            await page.WaitForFunctionAsync("() => document.documentElement.classList.contains('theme-contrast')");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    private static Task<int> CurrentAsync(IPage page) =>
        page.EvaluateAsync<int>("() => [...document.querySelectorAll('.s')].findIndex(s => s.classList.contains('now'))");

    /// <summary>Presses Tab (then Shift+Tab once round) until focus is on an element whose description starts with <paramref name="what"/>.</summary>
    private static async Task TabToAsync(IPage page, string what)
    {
        for (var i = 0; i < 80; i++)
        {
            if ((await page.EvaluateAsync<string>(Focused)).StartsWith(what, StringComparison.Ordinal))
            {
                return;
            }

            await page.Keyboard.PressAsync(i < 40 ? "Tab" : "Shift+Tab");
        }

        Assert.Fail($"Tab never reached {what}");
    }
}
