using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace A11yFeed.Feeds;

public static class FeedEndpoints
{
    /// <summary>/feeds/{id}.rss, .atom and .json, where id is a source id or "all".</summary>
    public static RouteGroupBuilder MapFeeds(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/feeds");
        group.MapGet($"/{{id}}.{RssFeedWriter.Extension}", (string id, FeedQuery query, RssFeedWriter writer, IOptions<FeedOptions> options, HttpContext http) =>
            ServeAsync(id, query, writer.Write, RssFeedWriter.ContentType, options.Value, http));
        group.MapGet($"/{{id}}.{AtomFeedWriter.Extension}", (string id, FeedQuery query, AtomFeedWriter writer, IOptions<FeedOptions> options, HttpContext http) =>
            ServeAsync(id, query, writer.Write, AtomFeedWriter.ContentType, options.Value, http));
        group.MapGet($"/{{id}}.{JsonFeedWriter.Extension}", (string id, FeedQuery query, JsonFeedWriter writer, IOptions<FeedOptions> options, HttpContext http) =>
            ServeAsync(id, query, writer.Write, JsonFeedWriter.ContentType, options.Value, http));
        return group;
    }

    private static async Task<IResult> ServeAsync(
        string id,
        FeedQuery query,
        Func<FeedContent, FeedLinks, byte[]> write,
        string contentType,
        FeedOptions options,
        HttpContext http)
    {
        if (await query.LoadAsync(id, http.RequestAborted) is not { } content)
        {
            return Results.NotFound();
        }

        var body = write(content, FeedLinks.For(http.Request, options));
        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers.CacheControl = "public, max-age=300";
        // An entity tag over the bytes, not Last-Modified: an article found late with an old date changes
        // the feed without making it newer, and a reader must still see it.
        var tag = new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(SHA256.HashData(body))[..32]}\"");
        return Results.Bytes(body, contentType, entityTag: tag);
    }
}
