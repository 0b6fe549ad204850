namespace A11yFeed.Admin;

/// <summary>
/// Recognises a state-changing request that a browser sent on behalf of another site's page (a form posted to
/// 127.0.0.1, say), by the <c>Origin</c> header browsers add to such requests, or <c>Sec-Fetch-Site</c> without it.
/// A request with neither comes from a script or command-line client, which no page can drive.
/// </summary>
internal static class CrossSiteRequest
{
    public static bool IsCrossSite(HttpRequest request, Uri? publicBase)
    {
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method))
        {
            return false;
        }

        var origin = request.Headers.Origin.ToString();
        if (origin.Length > 0)
        {
            return !SameOrigin(origin, $"{request.Scheme}://{request.Host}")
                && !(publicBase is not null && SameOrigin(origin, publicBase.GetLeftPart(UriPartial.Authority)));
        }

        var site = request.Headers["Sec-Fetch-Site"].ToString();
        return site.Length > 0 && site is not ("same-origin" or "none");
    }

    /// <summary>Scheme, host and port, with default ports made explicit; "null" and anything unparsable match nothing.</summary>
    private static bool SameOrigin(string origin, string expected) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var given)
        && Uri.TryCreate(expected, UriKind.Absolute, out var own)
        && Uri.Compare(given, own, UriComponents.SchemeAndServer, UriFormat.UriEscaped, StringComparison.OrdinalIgnoreCase) == 0;
}
