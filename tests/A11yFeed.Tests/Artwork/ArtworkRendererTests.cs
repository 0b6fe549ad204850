using A11yFeed.Artwork;
using A11yFeed.Publishing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace A11yFeed.Tests.Artwork;

public sealed class ArtworkRendererTests
{
    private static readonly FeedChannel English = new("harbour", "Harbour News", null, "en", "harbour");
    private static readonly FeedChannel Chinese = new("city", "市政新闻", null, "zh-CN", "city");

    [ArtworkFontFact]
    public async Task Render_IsASquarePngInThePodcastSizeRange()
    {
        var pixels = await ArtworkImage.DecodeAsync(Renderer().Render(Chinese));

        Assert.InRange(ArtworkRenderer.Size, 1400, 3000);
        Assert.Equal(ArtworkRenderer.Size * ArtworkRenderer.Size * 3, pixels.Length);
    }

    [ArtworkFontFact]
    public async Task Render_DrawsTheNameInWhiteOnTheFeedColour()
    {
        var pixels = await ArtworkImage.DecodeAsync(Renderer().Render(Chinese));

        // The lower half, where the name goes, holds both the background and white strokes, and little else.
        var background = PlainArtwork.Background("city");
        int white = 0, plain = 0, total = 0;
        for (var y = ArtworkRenderer.Size / 2; y < ArtworkRenderer.Size; y += 3)
        {
            for (var x = 0; x < ArtworkRenderer.Size; x += 3)
            {
                var p = ArtworkImage.Pixel(pixels, x, y);
                white += p is [255, 255, 255] ? 1 : 0;
                plain += p[0] == background.R && p[1] == background.G && p[2] == background.B ? 1 : 0;
                total++;
            }
        }

        Assert.InRange(white, total / 50, total / 2);
        Assert.True(white + plain > total * 0.9, $"{total - white - plain} of {total} pixels are neither white nor background");
    }

    [ArtworkFontFact]
    public void Render_SameChannelSameBytesAndAnotherNameOtherBytes()
    {
        var renderer = Renderer();

        Assert.Same(renderer.Render(Chinese), renderer.Render(Chinese));
        Assert.Equal(renderer.Render(Chinese), Renderer().Render(Chinese));
        Assert.NotEqual(renderer.Render(Chinese), renderer.Render(Chinese with { Title = "市政公告" }));
    }

    [ArtworkFontFact]
    public void Render_LongNameStillFits()
    {
        var longName = new FeedChannel("long", "The Very Long Name of a Municipal Information Office Newsletter for Older Residents", null, "en", "long");

        Assert.NotEqual(PlainArtwork.Render("long"), Renderer().Render(longName));
    }

    [ArtworkFontFact(NeedsOcr = true)]
    public async Task Render_OcrReadsBackAnEnglishName()
    {
        var text = await ArtworkImage.ReadTextAsync(Renderer().Render(English), "eng");

        Assert.Contains("HARBOUR NEWS", text.ToUpperInvariant().ReplaceLineEndings(" "), StringComparison.Ordinal);
    }

    [ArtworkFontFact(NeedsOcr = true)]
    public async Task Render_OcrReadsBackAChineseName()
    {
        var text = await ArtworkImage.ReadTextAsync(Renderer().Render(Chinese), "chi_sim");

        Assert.Contains("市政新闻", string.Concat(text.Where(c => !char.IsWhiteSpace(c))), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_WithoutAFont_FallsBackToThePlainCoverAndWarnsOnce()
    {
        var logger = new CountingLogger();
        var renderer = new ArtworkRenderer(logger, (_, _) => null);

        Assert.Equal(PlainArtwork.Render("city"), renderer.Render(Chinese));
        Assert.Equal(PlainArtwork.Render("harbour"), renderer.Render(English));
        Assert.Equal(1, logger.Warnings);
    }

    private static ArtworkRenderer Renderer() => new(NullLogger<ArtworkRenderer>.Instance);

    private sealed class CountingLogger : ILogger<ArtworkRenderer>
    {
        public int Warnings { get; private set; }

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Warnings += logLevel == LogLevel.Warning ? 1 : 0;
    }
}

/// <summary>A fact that needs SkiaSharp's native library and Noto Sans CJK (fonts-noto-cjk); skipped when either is missing.</summary>
public sealed class ArtworkFontFactAttribute : FactAttribute
{
    public ArtworkFontFactAttribute()
    {
        try
        {
            using var typeface = ArtworkFonts.Find(SkiaSharp.SKFontManager.Default, "市政新闻", "zh-CN");
            if (typeface is null || !typeface.FamilyName.StartsWith("Noto Sans CJK", StringComparison.Ordinal))
            {
                Skip = "Noto Sans CJK is not installed (apt-get install fonts-noto-cjk, or scripts/system-packages run)";
            }
        }
        catch (Exception exception) when (exception is DllNotFoundException or TypeInitializationException)
        {
            Skip = "SkiaSharp's native library cannot be loaded: " + exception.Message;
        }
    }

    /// <summary>Also skip unless tesseract can read English and Simplified Chinese.</summary>
    public bool NeedsOcr
    {
        get => false;
        init
        {
            if (value && Skip is null && !ArtworkImage.OcrInstalled)
            {
                Skip = "tesseract OCR is not installed (apt-get install tesseract-ocr tesseract-ocr-chi-sim, or scripts/system-packages test)";
            }
        }
    }
}
