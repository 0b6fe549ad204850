using Microsoft.Playwright;

namespace A11yFeed.Tests.Web.Browser;

/// <summary>The highlight follows the real audio; sentences play when pressed; position and speed are remembered.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ReadAlongTests(BrowserSite site)
{
    private string Article => $"/articles/{site.EnglishId}";

    [BrowserFact]
    public async Task Playing_MovesTheHighlightToTheSentenceBeingSpoken()
    {
        var page = await site.OpenAsync(Article);
        try
        {
            var second = site.EnglishTimings.First(t => t.Paragraph == 0 && t != site.EnglishTimings.First(f => f.Paragraph == 0));
            await page.ClickAsync("[data-act=play]");
            await page.WaitForFunctionAsync($"() => document.getElementById('player').currentTime > {(second.StartMs + 300) / 1000.0}", null,
                new PageWaitForFunctionOptions { Timeout = 30_000 });
            var state = await page.EvaluateAsync<double[]>("""
                () => { const a = document.getElementById('player'); a.pause(); a.dispatchEvent(new Event('timeupdate'));
                        const s = document.querySelector('.s.now');
                        return [a.currentTime, parseFloat(s.dataset.start), parseFloat(s.dataset.end), document.querySelectorAll('.s.now').length]; }
                """);

            Assert.Equal(1, state[3]);
            Assert.InRange(state[0], state[1], state[2] + 0.31); // or in the pause after it
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [BrowserTheory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task EveryTime_MarksTheSentenceWhoseRangeContainsIt(bool chinese)
    {
        var page = await site.OpenAsync($"/articles/{(chinese ? site.ChineseId : site.EnglishId)}");
        try
        {
            var wrong = await page.EvaluateAsync<string[]>("""
                async () => {
                  const a = document.getElementById('player');
                  if (a.readyState < 1) await new Promise(r => a.addEventListener('loadedmetadata', r, { once: true }));
                  const spans = [...document.querySelectorAll('.s')];
                  const wrong = [];
                  for (const s of spans) {
                    const t = (parseFloat(s.dataset.start) + parseFloat(s.dataset.end)) / 2;
                    a.currentTime = t;
                    a.dispatchEvent(new Event('timeupdate'));
                    const now = document.querySelectorAll('.s.now');
                    if (now.length !== 1 || now[0] !== s) wrong.push(`${t}: ${s.textContent.slice(0, 10)}`);
                  }
                  return spans.length < 5 ? ['too few sentences: ' + spans.length] : wrong;
                }
                """);

            Assert.Empty(wrong);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [BrowserFact]
    public async Task PressingASentence_PlaysFromItsStart()
    {
        var page = await site.OpenAsync(Article);
        try
        {
            var third = page.Locator(".s").Nth(2);
            var start = double.Parse((await third.GetAttributeAsync("data-start"))!, System.Globalization.CultureInfo.InvariantCulture);
            await third.ClickAsync();
            await page.WaitForFunctionAsync("() => !document.getElementById('player').paused");
            var time = await page.EvaluateAsync<double>("() => document.getElementById('player').currentTime");

            Assert.InRange(time, start - 0.05, start + 1.5);
            Assert.Equal("s now", await third.GetAttributeAsync("class"));
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [BrowserFact]
    public async Task PositionAndSpeed_AreRememberedAfterReload()
    {
        var page = await site.OpenAsync(Article);
        try
        {
            await page.EvaluateAsync("""
                async () => { const a = document.getElementById('player');
                  if (a.readyState < 1) await new Promise(r => a.addEventListener('loadedmetadata', r, { once: true }));
                  a.currentTime = 12.5; a.dispatchEvent(new Event('timeupdate')); }
                """);
            await page.SelectOptionAsync("[data-act=speed]", "1.5");
            await page.ReloadAsync();
            await page.WaitForFunctionAsync("() => document.getElementById('player').currentTime > 12");
            var rate = await page.EvaluateAsync<double>("() => document.getElementById('player').playbackRate");
            var other = await page.Context.NewPageAsync();
            await other.GotoAsync($"/articles/{site.ChineseId}");
            await other.WaitForFunctionAsync("() => document.getElementById('player').readyState >= 1");
            var otherTime = await other.EvaluateAsync<double>("() => document.getElementById('player').currentTime");

            Assert.Equal(1.5, rate);
            Assert.Equal(0, otherTime);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [BrowserFact]
    public async Task WithoutJavaScript_ThePlayerAndTranscriptStillWork()
    {
        var page = await site.OpenAsync(Article, javaScript: false);
        try
        {
            Assert.False(await page.IsVisibleAsync(".readalong"));
            Assert.True(await page.IsVisibleAsync("audio[controls]"));
            Assert.True(await page.IsVisibleAsync($"a[href='/articles/{site.EnglishId}/transcript.vtt']"));
            await page.ClickAsync("text=Yellow on black");
            Assert.Contains("theme-contrast", await page.GetAttributeAsync("html", "class"), StringComparison.Ordinal);
            Assert.EndsWith(Article, page.Url, StringComparison.Ordinal);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [BrowserFact]
    public async Task Page_MakesNoOutsideRequestsAndAnnouncesNoSentence()
    {
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.BaseUrl });
        try
        {
            var page = await context.NewPageAsync();
            var requests = new List<string>();
            page.Request += (_, request) => requests.Add(request.Url);
            await page.GotoAsync($"/large-print{Article}");
            await page.ClickAsync("[data-act=next]");
            await page.ClickAsync("[data-act=play]");
            await page.WaitForFunctionAsync("() => document.querySelector('.s.now')");

            Assert.All(requests, url => Assert.StartsWith(site.BaseUrl, url, StringComparison.Ordinal));
            Assert.Contains(requests, url => url.EndsWith("/read-along.js", StringComparison.Ordinal));
            Assert.Equal(0, await page.Locator("[aria-live], [role=status], [role=alert], [role=log]").CountAsync());
        }
        finally
        {
            await context.CloseAsync();
        }
    }
}
