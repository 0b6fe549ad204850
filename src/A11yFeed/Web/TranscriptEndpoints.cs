using System.Text;
using A11yFeed.Audio;
using A11yFeed.Model;
using A11yFeed.Publishing;

namespace A11yFeed.Web;

public static class TranscriptEndpoints
{
    private static readonly string[] GetAndHead = [HttpMethods.Get, HttpMethods.Head];

    /// <summary>
    /// GET and HEAD /articles/{id}/transcript.vtt (WebVTT, one cue per spoken sentence) and /articles/{id}/timings.json
    /// (the same timings for read-along pages), with entity tags for 304s and open to any origin. 404 for an article
    /// without an episode or without timings. Needs AddFeeds.
    /// </summary>
    public static IEndpointRouteBuilder MapTranscripts(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/articles/{id:long}/transcript.vtt", GetAndHead, async (long id, FeedQuery query, HttpContext http, CancellationToken ct) =>
            await query.FindTimingsAsync(id, ct) is { Count: > 0 } timings
                ? Serve(http, WebVttWriter.Write(timings), "text/vtt; charset=utf-8")
                : Results.NotFound());
        app.MapMethods("/articles/{id:long}/timings.json", GetAndHead, async (long id, FeedQuery query, HttpContext http, CancellationToken ct) =>
            await query.FindTimingsAsync(id, ct) is { Count: > 0 } timings
                ? Serve(http, SentenceTimingsJson.Serialise(timings), "application/json")
                : Results.NotFound());
        return app;
    }

    // Revalidated each time: a re-spoken article keeps its URL here while its audio moves to a new key.
    private static IResult Serve(HttpContext http, string body, string contentType) =>
        CacheableResponse.Bytes(http, Encoding.UTF8.GetBytes(body), contentType, CacheableResponse.PageCacheControl, anyOrigin: true);
}
