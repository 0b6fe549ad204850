using A11yFeed.Storage;

namespace A11yFeed.Web;

public static class MediaEndpoints
{
    /// <summary>
    /// GET and HEAD /media/{key}: episode and bulletin audio (MP3) from the media store, with byte ranges for seeking players, an entity
    /// tag and conditional requests; or a 302 to the store's public address when it has one.
    /// </summary>
    public static RouteHandlerBuilder MapMedia(this IEndpointRouteBuilder app) =>
        app.MapMethods("/media/{**key}", [HttpMethods.Get, HttpMethods.Head], ServeAsync);

    private static async Task<IResult> ServeAsync(string? key, IMediaStore store, HttpContext http)
    {
        // Odd keys never reach the store at all; any store refuses them too. Only audio is media: the store also
        // keeps records (a bulletin's day as JSON) that change and are served, with their own caching, elsewhere.
        if (!MediaKey.IsValid(key) || !key.EndsWith(".mp3", StringComparison.Ordinal))
        {
            return Results.NotFound();
        }

        if (store.PublicUrl(key) is { } direct)
        {
            return Results.Redirect(direct.AbsoluteUri);
        }

        return await store.StatAsync(key, http.RequestAborted) is { } stored
            ? new StoredMediaResult(store, key, stored)
            : Results.NotFound();
    }
}
