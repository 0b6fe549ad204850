using Microsoft.Playwright;

namespace A11yFeed.Tests.Web.Browser;

/// <summary>
/// Small phone-sized pictures of the reading views, written to the test output folder; docs/screenshots holds
/// copies of these for the README.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ScreenshotTests(BrowserSite site)
{
    [BrowserFact]
    public async Task ReadingViews_AreCapturedAtPhoneSize()
    {
        var paths = new AccessibilityTests(site);
        var shots = new[]
        {
            ("readme-article", paths.PathOf("article-en", false), "default", 2, true),
            ("readme-large-print-contrast", paths.PathOf("article-zh", true), "contrast", 1, true),
            ("readme-source-dark", paths.PathOf("source", false), "dark", 2, false),
            ("readme-home", paths.PathOf("home", true), "default", 1, false),
        };
        foreach (var (name, path, theme, size, play) in shots)
        {
            var page = await site.OpenAsync(path, 400, theme, size, height: 640);
            try
            {
                if (play)
                {
                    // Show the read-along mark on the second sentence of the text.
                    await page.Locator(".s").Nth(1).ClickAsync();
                    await page.EvaluateAsync("() => { const a = document.getElementById('player'); a.pause(); }");
                    await page.EvaluateAsync("() => document.querySelector('.s.now').scrollIntoView({ block: 'center' })");
                }

                var file = Path.Combine(BrowserSite.ScreenshotFolder, name + ".png");
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = file });
                Assert.True(new FileInfo(file).Length > 5_000, $"{file} looks empty");
            }
            finally
            {
                await page.Context.CloseAsync();
            }
        }
    }
}
