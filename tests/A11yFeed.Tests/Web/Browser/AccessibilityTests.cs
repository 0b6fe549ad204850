using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace A11yFeed.Tests.Web.Browser;

/// <summary>axe-core finds no WCAG 2.2 A/AA failure on any kind of page, in any theme, wide or narrow.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserSite site)
{
    private static readonly List<string> WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    public static TheoryData<string, bool, string> Pages()
    {
        var data = new TheoryData<string, bool, string>();
        foreach (var kind in new[] { "home", "source", "article-en", "article-zh", "listen" })
        {
            foreach (var large in new[] { false, true })
            {
                foreach (var theme in new[] { "default", "dark", "contrast" })
                {
                    data.Add(kind, large, theme);
                }
            }
        }

        return data;
    }

    [BrowserTheory]
    [MemberData(nameof(Pages))]
    public async Task Page_HasNoAxeViolations_InEveryThemeAt1280And320(string kind, bool large, string theme)
    {
        var path = PathOf(kind, large);
        var page = await site.OpenAsync(path, 1280, theme);
        try
        {
            await page.ScreenshotAsync(new PageScreenshotOptions
            {
                Path = Path.Combine(BrowserSite.ScreenshotFolder, $"{kind}{(large ? "-large" : "")}-{theme}.png"),
                FullPage = true,
            });
            foreach (var width in new[] { 1280, 320 })
            {
                await page.SetViewportSizeAsync(width, 900);
                var options = new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = WcagTags } };
                if (large)
                {
                    // Large print promises AAA contrast (7:1), which the AA tags do not check.
                    options.Rules = new Dictionary<string, RuleOptions> { ["color-contrast-enhanced"] = new() { Enabled = true } };
                }

                var result = await page.RunAxe(options);
                Assert.True(result.Violations.Length == 0, $"{path} ({theme}, {width} px): {Describe(result)}");
                if (large)
                {
                    Assert.Contains(result.Passes, r => r.Id == "color-contrast-enhanced");
                }
            }
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    internal string PathOf(string kind, bool large) => (large ? "/large-print" : "") + kind switch
    {
        "home" => "/",
        "source" => "/sources/demo",
        "article-en" => $"/articles/{site.EnglishId}",
        "article-zh" => $"/articles/{site.ChineseId}",
        "listen" => "/listen",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    internal static string Describe(AxeResult result) => string.Join("; ", result.Violations.Select(v =>
        $"{v.Id}: {string.Join(", ", v.Nodes.Take(3).Select(n => $"{n.Target} {n.Html} {string.Join(" ", n.Any.Concat(n.All).Concat(n.None).Select(c => c.Message))}"))}"));
}
