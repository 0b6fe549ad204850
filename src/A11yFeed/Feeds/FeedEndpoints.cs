using A11yFeed.Artwork;
using A11yFeed.Publishing;
using A11yFeed.Sources;
using Microsoft.Extensions.Options;

namespace A11yFeed.Feeds;

public static class FeedEndpoints
{
    private static readonly string[] GetAndHead = [HttpMethods.Get, HttpMethods.Head];

    /// <summary>
    /// GET and HEAD /feeds/{id}.rss, .atom and .json (id a source id or "all"), /feeds.opml listing every
    /// source's feeds, /artwork/{id}.png, the cover podcast apps show, and /feeds/{id}/briefing.json for smart speakers.
    /// </summary>
    public static RouteGroupBuilder MapFeeds(this IEndpointRouteBuilder app)
    {
        app.MapMethods(OpmlWriter.Path, GetAndHead, ServeOpml);
        app.MapMethods("/artwork/{id}.png", GetAndHead, ServeArtwork);

        var group = app.MapGroup("/feeds");
        group.MapMethods($"/{{id}}.{RssFeedWriter.Extension}", GetAndHead, (string id, RssFeedWriter writer, IOptions<FeedOptions> options, FeedResponseCache cache, HttpContext http) =>
            ServeAsync(id, cache, writer.Write, RssFeedWriter.Extension, RssFeedWriter.ContentType, options.Value, http));
        group.MapMethods($"/{{id}}.{AtomFeedWriter.Extension}", GetAndHead, (string id, AtomFeedWriter writer, IOptions<FeedOptions> options, FeedResponseCache cache, HttpContext http) =>
            ServeAsync(id, cache, writer.Write, AtomFeedWriter.Extension, AtomFeedWriter.ContentType, options.Value, http));
        group.MapMethods($"/{{id}}.{JsonFeedWriter.Extension}", GetAndHead, (string id, JsonFeedWriter writer, IOptions<FeedOptions> options, FeedResponseCache cache, HttpContext http) =>
            ServeAsync(id, cache, writer.Write, JsonFeedWriter.Extension, JsonFeedWriter.ContentType, options.Value, http));
        group.MapMethods($"/{{id}}/{BriefingJsonWriter.Path}", GetAndHead, ServeBriefingAsync);
        return group;
    }

    private static async Task<IResult> ServeBriefingAsync(string id, FeedQuery query, IOptions<FeedOptions> options, HttpContext http)
    {
        if (query.FindChannel(id) is not { } channel)
        {
            return Results.NotFound();
        }

        var items = await query.LatestAsync(channel.SourceId, BriefingJsonWriter.MaxItems, requireAudio: true, http.RequestAborted);
        var body = BriefingJsonWriter.Write(items, FeedLinks.For(http.Request, options.Value));
        return CacheableResponse.Bytes(http, body, BriefingJsonWriter.ContentType, CacheableResponse.FeedCacheControl, anyOrigin: true);
    }

    private static async Task<IResult> ServeAsync(
        string id,
        FeedResponseCache cache,
        Func<FeedContent, FeedLinks, byte[]> write,
        string extension,
        string contentType,
        FeedOptions options,
        HttpContext http)
    {
        if (!FeedPageCursor.TryRead(http.Request, out var cursor))
        {
            return Results.Problem(
                $"'{FeedPageCursor.QueryName}' must be a cursor taken from a feed's next link.", statusCode: StatusCodes.Status400BadRequest);
        }

        var request = http.Request;
        var key = $"{request.Scheme}://{request.Host}{request.PathBase}{request.Path}{request.QueryString}";
        var version = cache.CurrentVersion();
        var entry = version is { } v ? cache.Find(key, v) : null;
        if (entry is null)
        {
            // Resolved only when building: a cached response needs no database context at all.
            var query = http.RequestServices.GetRequiredService<FeedQuery>();
            if (await query.LoadAsync(id, cursor, http.RequestAborted) is not { } content)
            {
                return Results.NotFound();
            }

            var links = FeedLinks.For(request, options);
            var body = write(content, links);
            // WebSub discovery by header (section 4), for subscribers that do not read the document first.
            var link = links.Hub is { } hub
                ? $"<{hub.AbsoluteUri}>; rel=\"hub\", <{links.Feed(id, extension, cursor).AbsoluteUri}>; rel=\"self\""
                : null;
            entry = new CachedFeed(version ?? -1, body, CacheableResponse.TagFor(body), link);
            if (version is not null)
            {
                cache.Add(key, entry);
            }
        }

        if (entry.Link is { } header)
        {
            http.Response.Headers.Link = header;
        }

        return CacheableResponse.Bytes(http, entry.Body, entry.Tag, contentType, CacheableResponse.FeedCacheControl, anyOrigin: true);
    }

    private static IResult ServeOpml(
        HttpContext http, FeedQuery query, SourceCatalog catalog, OpmlWriter writer, IOptions<FeedOptions> options)
    {
        var sources = catalog.All.Select(s => query.FindChannel(s.Id)!).ToList();
        var body = writer.Write(options.Value.SiteTitle, sources, FeedLinks.For(http.Request, options.Value));
        return CacheableResponse.Bytes(http, body, OpmlWriter.ContentType, CacheableResponse.FeedCacheControl, anyOrigin: true);
    }

    private static IResult ServeArtwork(string id, HttpContext http, FeedQuery query, ArtworkRenderer renderer)
    {
        // Only feeds that exist get a cover, so the renderer's cache stays as small as the catalog.
        if (query.FindChannel(id) is not { } channel)
        {
            return Results.NotFound();
        }

        return CacheableResponse.Bytes(
            http, renderer.Render(channel), ArtworkRenderer.ContentType, "public, max-age=86400", anyOrigin: true);
    }
}
