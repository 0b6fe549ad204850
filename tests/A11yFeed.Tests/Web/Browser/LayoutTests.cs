namespace A11yFeed.Tests.Web.Browser;

/// <summary>
/// Large print keeps its numbers (24 px, 1.5 or 1.8 line height, wide paragraph gaps, short lines, 60 px targets,
/// no motion, no pop-ups), and every page reflows at 320 px and at 200% zoom, with and without WCAG's
/// text-spacing override.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LayoutTests(BrowserSite site)
{
    private readonly AccessibilityTests _paths = new(site);

    public static TheoryData<string, int, float> LargePrintCases()
    {
        var data = new TheoryData<string, int, float>();
        foreach (var kind in new[] { "article-en", "article-zh", "source", "home", "listen" })
        {
            // 200% zoom halves the CSS width of a 1280 px window and doubles its pixels.
            foreach (var (width, scale) in new[] { (1280, 1f), (320, 1f), (640, 2f) })
            {
                data.Add(kind, width, scale);
            }
        }

        return data;
    }

    [BrowserTheory]
    [MemberData(nameof(LargePrintCases))]
    public async Task LargePrint_MeetsItsNumbers_AtTheSmallestTextSize(string kind, int width, float scale)
    {
        var page = await site.OpenAsync(_paths.PathOf(kind, large: true), width, size: 1, scale: scale);
        try
        {
            var problems = await PageMeasurements.LargePrintProblemsAsync(page);

            Assert.True(problems.Length == 0, $"{kind} at {width} px x{scale}: {PageMeasurements.Describe(problems)}");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [BrowserTheory]
    [InlineData("article-en", false)]
    [InlineData("article-zh", false)]
    [InlineData("source", false)]
    [InlineData("home", false)]
    [InlineData("article-en", true)]
    [InlineData("article-zh", true)]
    [InlineData("home", true)]
    [InlineData("listen", false)]
    [InlineData("listen", true)]
    public async Task Page_Reflows_At320AndAt200PercentZoom_WithAndWithoutTextSpacing(string kind, bool large)
    {
        foreach (var (width, scale) in new[] { (320, 1f), (640, 2f) })
        {
            // The largest text size is the hardest case for reflow.
            var page = await site.OpenAsync(_paths.PathOf(kind, large), width, size: 5, scale: scale, bypassCsp: true);
            try
            {
                var plain = await PageMeasurements.ReflowProblemsAsync(page);
                await PageMeasurements.ApplyTextSpacingAsync(page);
                var spaced = await PageMeasurements.ReflowProblemsAsync(page);

                Assert.True(plain.Length == 0, $"{kind} at {width} px x{scale}: {PageMeasurements.Describe(plain)}");
                Assert.True(spaced.Length == 0, $"{kind} at {width} px x{scale} with text spacing: {PageMeasurements.Describe(spaced)}");
            }
            finally
            {
                await page.Context.CloseAsync();
            }
        }
    }

    [BrowserFact]
    public async Task LargePrint_StaysLargeAtEveryTextSize()
    {
        foreach (var size in Enumerable.Range(1, 5))
        {
            var page = await site.OpenAsync(_paths.PathOf("article-zh", large: true), size: size);
            try
            {
                var fontSize = await page.EvalOnSelectorAsync<double>("main p", "p => parseFloat(getComputedStyle(p).fontSize)");
                Assert.InRange(fontSize, 24 + (size - 1) * 5.9, 60);
            }
            finally
            {
                await page.Context.CloseAsync();
            }
        }
    }

    [BrowserTheory]
    [InlineData("contrast")]
    [InlineData("dark")]
    public async Task Print_ShowsTheTextBlackOnWhiteWithoutControls(string theme)
    {
        var page = await site.OpenAsync(_paths.PathOf("article-zh", large: false), theme: theme);
        try
        {
            await page.EmulateMediaAsync(new Microsoft.Playwright.PageEmulateMediaOptions { Media = Microsoft.Playwright.Media.Print });
            var printed = await page.EvaluateAsync<string[]>("""
                () => [getComputedStyle(document.body).color, getComputedStyle(document.body).backgroundColor,
                       ...['.options', 'audio', '.readalong', 'footer'].map(s => document.querySelector(s) ? getComputedStyle(document.querySelector(s)).display : 'none'),
                       getComputedStyle(document.querySelector('main p')).fontFamily]
                """);

            Assert.Equal("rgb(0, 0, 0)", printed[0]);
            Assert.Equal("rgb(255, 255, 255)", printed[1]);
            Assert.Equal(["none", "none", "none", "none"], printed[2..6]);
            Assert.Contains("Noto Serif CJK SC", printed[6], StringComparison.Ordinal);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
