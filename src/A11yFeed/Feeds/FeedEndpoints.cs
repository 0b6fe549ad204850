using A11yFeed.Sources;
using Microsoft.Extensions.Options;

namespace A11yFeed.Feeds;

public static class FeedEndpoints
{
    private static readonly string[] GetAndHead = [HttpMethods.Get, HttpMethods.Head];

    /// <summary>
    /// GET and HEAD /feeds/{id}.rss, .atom and .json (id a source id or "all"), /feeds.opml listing every
    /// source's feeds, and /artwork/{id}.png, the cover podcast apps show.
    /// </summary>
    public static RouteGroupBuilder MapFeeds(this IEndpointRouteBuilder app)
    {
        app.MapMethods(OpmlWriter.Path, GetAndHead, ServeOpml);
        app.MapMethods("/artwork/{id}.png", GetAndHead, ServeArtwork);

        var group = app.MapGroup("/feeds");
        group.MapMethods($"/{{id}}.{RssFeedWriter.Extension}", GetAndHead, (string id, FeedQuery query, RssFeedWriter writer, IOptions<FeedOptions> options, HttpContext http) =>
            ServeAsync(id, query, writer.Write, RssFeedWriter.Extension, RssFeedWriter.ContentType, options.Value, http));
        group.MapMethods($"/{{id}}.{AtomFeedWriter.Extension}", GetAndHead, (string id, FeedQuery query, AtomFeedWriter writer, IOptions<FeedOptions> options, HttpContext http) =>
            ServeAsync(id, query, writer.Write, AtomFeedWriter.Extension, AtomFeedWriter.ContentType, options.Value, http));
        group.MapMethods($"/{{id}}.{JsonFeedWriter.Extension}", GetAndHead, (string id, FeedQuery query, JsonFeedWriter writer, IOptions<FeedOptions> options, HttpContext http) =>
            ServeAsync(id, query, writer.Write, JsonFeedWriter.Extension, JsonFeedWriter.ContentType, options.Value, http));
        return group;
    }

    private static async Task<IResult> ServeAsync(
        string id,
        FeedQuery query,
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

        if (await query.LoadAsync(id, cursor, http.RequestAborted) is not { } content)
        {
            return Results.NotFound();
        }

        var links = FeedLinks.For(http.Request, options);
        var body = write(content, links);
        if (links.Hub is { } hub)
        {
            // WebSub discovery by header (section 4), for subscribers that do not read the document first.
            var self = links.Feed(id, extension, cursor);
            http.Response.Headers.Link = $"<{hub.AbsoluteUri}>; rel=\"hub\", <{self.AbsoluteUri}>; rel=\"self\"";
        }

        return CacheableResponse.Bytes(http, body, contentType, CacheableResponse.FeedCacheControl, anyOrigin: true);
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
