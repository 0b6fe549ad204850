namespace A11yFeed.Fetching;

/// <summary>
/// One spelling per article URL, so the same article found twice (with a tracking parameter, a fragment,
/// an explicit default port or upper-case host) is stored once.
/// </summary>
public static class UrlCanonicaliser
{
    public static Uri Canonicalise(Uri url)
    {
        if (!url.IsAbsoluteUri)
        {
            return url;
        }

        if (url.IsFile)
        {
            return new Uri(url.GetComponents(UriComponents.AbsoluteUri & ~UriComponents.Fragment, UriFormat.UriEscaped));
        }

        var builder = new UriBuilder(url)
        {
            Scheme = url.Scheme.ToLowerInvariant(),
            Host = url.Host.ToLowerInvariant(),
            Fragment = "",
            Query = StripTracking(url.Query),
        };
        if (url.IsDefaultPort)
        {
            builder.Port = -1;
        }

        return builder.Uri;
    }

    public static string Canonicalise(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) ? Canonicalise(uri).AbsoluteUri : url;

    private static string StripTracking(string query)
    {
        if (query.Length <= 1)
        {
            return "";
        }

        var kept = query[1..]
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(pair => !pair.StartsWith("utm_", StringComparison.OrdinalIgnoreCase));
        return string.Join('&', kept);
    }
}
