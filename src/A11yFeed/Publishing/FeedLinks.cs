namespace A11yFeed.Publishing;

/// <summary>Absolute URLs of the site's feeds, pages and media, under one base URL that ends in a slash.</summary>
public sealed class FeedLinks
{
    public FeedLinks(Uri baseUri, Uri? hub = null)
    {
        Base = baseUri.AbsolutePath.EndsWith('/') ? baseUri : new Uri(baseUri.GetLeftPart(UriPartial.Path) + "/");
        Hub = hub;
    }

    public Uri Base { get; }

    /// <summary>The WebSub hub feeds name (rel="hub"), or null when none is configured.</summary>
    public Uri? Hub { get; }

    /// <summary>Uses the configured public base URL, else the request's scheme, host and path base.</summary>
    public static FeedLinks For(HttpRequest request, FeedOptions options) =>
        new(options.PublicBaseUri ?? new Uri($"{request.Scheme}://{request.Host}{request.PathBase}/"), options.WebSubHubUri);

    public Uri Home => Base;

    public Uri Feed(string id, string extension) => new(Base, $"feeds/{Uri.EscapeDataString(id)}.{extension}");

    /// <summary>A page of a feed's archive: the feed itself when <paramref name="before"/> is null.</summary>
    public Uri Feed(string id, string extension, FeedPageCursor? before) =>
        before is null ? Feed(id, extension) : new(Base, $"feeds/{Uri.EscapeDataString(id)}.{extension}?{FeedPageCursor.QueryName}={before}");

    public Uri Source(string id) => new(Base, $"sources/{Uri.EscapeDataString(id)}");

    public Uri Article(long id) => new(Base, $"articles/{id}");

    /// <summary>The episode's WebVTT transcript (sentence cues).</summary>
    public Uri Transcript(long id) => new(Base, $"articles/{id}/transcript.vtt");

    /// <summary>The episode's sentence timings as JSON, for read-along.</summary>
    public Uri Timings(long id) => new(Base, $"articles/{id}/timings.json");

    /// <summary>The square PNG cover of a feed, for podcast apps.</summary>
    public Uri Artwork(string id) => new(Base, $"artwork/{Uri.EscapeDataString(id)}.png");

    public Uri Opml => new(Base, "feeds.opml");

    public Uri Media(string key) => new(Base, "media/" + EscapeKey(key));

    /// <summary>Page for a channel: the source page, or home for the combined feed.</summary>
    public Uri Channel(FeedChannel channel) => channel.SourceId is { } id ? Source(id) : Home;

    public static string EscapeKey(string key) => string.Join('/', key.Split('/').Select(Uri.EscapeDataString));
}
