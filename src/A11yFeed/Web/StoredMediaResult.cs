using A11yFeed.Storage;
using Microsoft.AspNetCore.Http.Headers;
using Microsoft.Net.Http.Headers;

namespace A11yFeed.Web;

/// <summary>
/// One stored object as an HTTP response, the same for every store: 304 for a validator the client already has,
/// 206 with Content-Range for one satisfiable byte range (only that range is read from the store), 416 for one
/// past the end, and 200 with the whole object otherwise (several ranges included, as ASP.NET Core's files do).
/// </summary>
internal sealed class StoredMediaResult(IMediaStore store, string key, MediaObjectInfo stored) : IResult
{
    public async Task ExecuteAsync(HttpContext http)
    {
        var request = http.Request.GetTypedHeaders();
        var response = http.Response;
        var tag = EntityTagHeaderValue.Parse(stored.ETag);
        // HTTP dates have whole seconds; comparing at finer grain would never match a client's If-Modified-Since.
        var lastModified = DateTimeOffset.FromUnixTimeSeconds(stored.LastModified.ToUnixTimeSeconds());

        // Keys carry a hash of what was spoken, so new audio always gets a new URL and old bytes never change.
        response.Headers.CacheControl = "public, max-age=31536000, immutable";
        response.Headers.AccessControlAllowOrigin = "*";
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.AcceptRanges = "bytes";
        var typed = response.GetTypedHeaders();
        typed.ETag = tag;
        typed.LastModified = lastModified;

        if (IsNotModified(request, tag, lastModified))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.ContentType = MediaContentType.Of(key);
        var (offset, length) = (0L, stored.Length);
        if (RequestedRange(request, tag, lastModified) is { } range)
        {
            if (range.Unsatisfiable(stored.Length))
            {
                response.StatusCode = StatusCodes.Status416RangeNotSatisfiable;
                typed.ContentRange = new ContentRangeHeaderValue(stored.Length);
                return;
            }

            (offset, length) = range.Resolve(stored.Length);
            response.StatusCode = StatusCodes.Status206PartialContent;
            typed.ContentRange = new ContentRangeHeaderValue(offset, offset + length - 1, stored.Length);
        }

        response.ContentLength = length;
        if (HttpMethods.IsHead(http.Request.Method) || length == 0)
        {
            return;
        }

        await using var body = await store.OpenReadAsync(key, offset, length, http.RequestAborted);
        if (body is null)
        {
            // Deleted between the look-up and the read: nothing has been sent yet, so say so plainly.
            response.Headers.Clear();
            response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        await body.CopyToAsync(response.Body, http.RequestAborted);
    }

    /// <summary>RFC 9110 §13.2.2: If-None-Match (weak comparison) decides when present, else If-Modified-Since.</summary>
    private static bool IsNotModified(RequestHeaders request, EntityTagHeaderValue tag, DateTimeOffset lastModified)
    {
        if (request.IfNoneMatch is { Count: > 0 } candidates)
        {
            return candidates.Any(candidate => candidate.Equals(EntityTagHeaderValue.Any) || candidate.Compare(tag, useStrongComparison: false));
        }

        return request.IfModifiedSince is { } since && lastModified <= since;
    }

    /// <summary>The one byte range asked for, or null for the whole object (no range, several, or an outdated If-Range).</summary>
    private static MediaByteRange? RequestedRange(RequestHeaders request, EntityTagHeaderValue tag, DateTimeOffset lastModified)
    {
        if (request.Range is not { Ranges.Count: 1 } header
            || !string.Equals(header.Unit.Value, "bytes", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (request.IfRange is { } ifRange
            && !(ifRange.EntityTag is { } rangeTag ? rangeTag.Compare(tag, useStrongComparison: true) : ifRange.LastModified == lastModified))
        {
            return null;
        }

        var only = header.Ranges.Single();
        return new MediaByteRange(only.From, only.To);
    }
}
