using System.Collections.Concurrent;
using A11yFeed.Publishing;
using SkiaSharp;

namespace A11yFeed.Artwork;

/// <summary>
/// Square 1400x1400 PNG covers for podcast apps, showing the feed's name in its language (<see cref="TitledArtwork"/>).
/// When the drawing library or a font for the name is missing it falls back, with one warning, to the text-free
/// <see cref="PlainArtwork"/>. Covers are cached, so a feed's cover keeps the same bytes and entity tag.
/// </summary>
public sealed class ArtworkRenderer(ILogger<ArtworkRenderer> logger)
{
    public const int Size = PlainArtwork.Size;
    public const string ContentType = "image/png";

    private readonly ConcurrentDictionary<(string Id, string Title, string Language), byte[]> _cache = new();
    private readonly Func<string, string?, SKTypeface?> _findFont = FindInstalledFont;
    private int _warned;

    /// <summary>For tests: a renderer whose font lookup is <paramref name="findFont"/>.</summary>
    internal ArtworkRenderer(ILogger<ArtworkRenderer> logger, Func<string, string?, SKTypeface?> findFont)
        : this(logger) => _findFont = findFont;

    /// <summary>The cover of <paramref name="channel"/>; the same channel always gives the same bytes.</summary>
    public byte[] Render(FeedChannel channel) =>
        _cache.GetOrAdd((channel.Id, channel.Title, channel.Language), key => Draw(key.Id, key.Title, key.Language));

    private byte[] Draw(string id, string title, string language)
    {
        try
        {
            using var typeface = _findFont(title, language);
            if (typeface is null)
            {
                Warn(null, "no installed font can draw the feed name (install fonts-noto-cjk)", id);
                return PlainArtwork.Render(id);
            }

            if (TitledArtwork.Draw(id, title, typeface) is not { } rgb)
            {
                Warn(null, "the feed name is too long to fit", id);
                return PlainArtwork.Render(id);
            }

            return PngEncoder.Encode(Size, Size, rgb);
        }
        catch (Exception exception) when (exception is DllNotFoundException or TypeInitializationException or EntryPointNotFoundException)
        {
            Warn(exception, "the SkiaSharp native library could not be loaded", id);
            return PlainArtwork.Render(id);
        }
    }

    private static SKTypeface? FindInstalledFont(string title, string? language) =>
        ArtworkFonts.Find(SKFontManager.Default, title, language);

    private void Warn(Exception? exception, string reason, string id)
    {
        // Once per process for a missing library or font; per feed for a name that does not fit.
        if (reason.StartsWith("the feed name", StringComparison.Ordinal) || Interlocked.Exchange(ref _warned, 1) == 0)
        {
            logger.LogWarning(exception, "Artwork for {FeedId} shows no name: {Reason}", id, reason);
        }
    }
}
