using A11yFeed.Storage;
using Microsoft.AspNetCore.StaticFiles;

namespace A11yFeed.Web;

public static class MediaEndpoints
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    /// <summary>GET and HEAD /media/{key}: episode audio from the media store, with byte ranges for seeking players.</summary>
    public static RouteHandlerBuilder MapMedia(this IEndpointRouteBuilder app) =>
        app.MapMethods("/media/{**key}", [HttpMethods.Get, HttpMethods.Head], Serve);

    private static IResult Serve(string? key, IMediaStore store, HttpContext http)
    {
        // Odd keys never reach the store at all; any store refuses them too.
        if (!MediaKey.IsValid(key) || store.OpenRead(key) is not { } stream)
        {
            return Results.NotFound();
        }

        var contentType = key.EndsWith(".mp3", StringComparison.OrdinalIgnoreCase) ? "audio/mpeg"
            : ContentTypes.TryGetContentType(key, out var known) ? known
            : "application/octet-stream";
        var lastModified = stream is FileStream file ? File.GetLastWriteTimeUtc(file.Name) : (DateTime?)null;
        // Keys carry a hash of what was spoken, so new audio always gets a new URL and old bytes never change.
        http.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
        http.Response.Headers.AccessControlAllowOrigin = "*";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        return Results.Stream(stream, contentType, lastModified: lastModified, enableRangeProcessing: true);
    }
}
