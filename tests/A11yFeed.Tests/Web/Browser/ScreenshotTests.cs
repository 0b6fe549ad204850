using System.Globalization;
using System.Text.RegularExpressions;
using A11yFeed.Tests.Artwork;
using Microsoft.Playwright;
using SkiaSharp;

namespace A11yFeed.Tests.Web.Browser;

/// <summary>
/// Small phone-sized pictures of the reading views, written to the test output folder; docs/screenshots holds
/// copies of these for the README. Each picture is read back and checked for what it is meant to show: its size,
/// the theme's background and text colours, the read-along mark, and, where tesseract is installed, the large-print
/// words themselves.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class ScreenshotTests(BrowserSite site)
{
    private const int Width = 400;
    private const int Height = 640;

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
            var page = await site.OpenAsync(path, Width, theme, size, height: Height);
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
                var png = await page.ScreenshotAsync(new PageScreenshotOptions { Path = file });
                var background = Rgb(await page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor"));
                var text = Rgb(await page.EvaluateAsync<string>("() => getComputedStyle(document.body).color"));

                using var image = SKBitmap.Decode(png);
                Assert.Equal((Width, Height), (image.Width, image.Height));
                var pixels = image.Pixels;
                // The theme's own background fills most of the picture, and its text colour draws the words on it.
                Assert.True(Share(pixels, background) > 0.5, $"{name}: background {background} covers {Share(pixels, background):P0}");
                Assert.True(Share(pixels, text) > 0.005, $"{name}: text colour {text} covers {Share(pixels, text):P1}");
                Assert.True(Contrast(background, text) >= (theme == "contrast" ? 7 : 4.5), $"{name}: {background} on {text}");

                if (play)
                {
                    // The read-along mark is drawn: its own background colour shows around the marked sentence.
                    var mark = Rgb(await page.Locator(".s.now").EvaluateAsync<string>("s => getComputedStyle(s).backgroundColor"));
                    Assert.True(Share(pixels, mark) > 0.02, $"{name}: read-along mark {mark} covers {Share(pixels, mark):P1}");
                }

                if (name == "readme-large-print-contrast" && ArtworkImage.OcrInstalled)
                {
                    // The sentence after the marked one sits mid-screen in large print: OCR must find most of its words.
                    var next = await page.Locator(".s").Nth(2).InnerTextAsync();
                    var read = NotHan().Replace(await ArtworkImage.ReadTextAsync(png, "chi_sim"), "");
                    var expected = NotHan().Replace(next, "");
                    var found = Enumerable.Range(0, expected.Length - 3).Count(i => read.Contains(expected.Substring(i, 4), StringComparison.Ordinal));
                    Assert.True(found * 2 >= expected.Length - 3, $"OCR read \"{read}\" for \"{next}\"");
                }
            }
            finally
            {
                await page.Context.CloseAsync();
            }
        }
    }

    private static SKColor Rgb(string css)
    {
        var match = CssRgb().Match(css);
        Assert.True(match.Success, $"not an rgb() colour: {css}");
        byte Part(int i) => byte.Parse(match.Groups[i].Value, CultureInfo.InvariantCulture);
        return new SKColor(Part(1), Part(2), Part(3));
    }

    /// <summary>The share of pixels within a few levels of a colour (the PNG is exact; the margin is for colour management).</summary>
    private static double Share(SKColor[] pixels, SKColor colour) =>
        (double)pixels.Count(p => Math.Abs(p.Red - colour.Red) <= 3 && Math.Abs(p.Green - colour.Green) <= 3 && Math.Abs(p.Blue - colour.Blue) <= 3) / pixels.Length;

    /// <summary>WCAG 2 contrast ratio of two colours.</summary>
    private static double Contrast(SKColor a, SKColor b)
    {
        static double Channel(byte value)
        {
            var c = value / 255.0;
            return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        static double Luminance(SKColor c) => (0.2126 * Channel(c.Red)) + (0.7152 * Channel(c.Green)) + (0.0722 * Channel(c.Blue));
        var (light, dark) = (Math.Max(Luminance(a), Luminance(b)), Math.Min(Luminance(a), Luminance(b)));
        return (light + 0.05) / (dark + 0.05);
    }

    [GeneratedRegex(@"^rgba?\((\d+), (\d+), (\d+)")]
    private static partial Regex CssRgb();

    [GeneratedRegex(@"[^\p{IsCJKUnifiedIdeographs}]")]
    private static partial Regex NotHan();
}
