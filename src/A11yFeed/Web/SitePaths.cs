using A11yFeed.Publishing;

namespace A11yFeed.Web;

/// <summary>
/// Root-relative links for pages, so audio and styles load from the page's own origin whatever the public base URL.
/// On a large-print page, links to other pages stay in large print.
/// </summary>
internal sealed class SitePaths(PathString pathBase, bool largePrint = false)
{
    /// <summary>Every page has a large-print twin under this prefix: /large-print/articles/1.</summary>
    public const string LargePrintPrefix = "/large-print";

    private readonly string _base = pathBase.ToUriComponent();

    private string Pages => largePrint ? _base + LargePrintPrefix : _base;

    public static SitePaths For(HttpRequest request) => new(request.PathBase, IsLargePrint(request));

    public static bool IsLargePrint(HttpRequest request) => request.Path.StartsWithSegments(LargePrintPrefix);

    public bool LargePrint => largePrint;

    public string Home => Pages + "/";

    public string Styles => _base + "/site.css";

    public string Script => _base + "/read-along.js";

    /// <summary>The listening page: every new episode, one after another.</summary>
    public string Listen => Pages + "/listen";

    public string ListenScript => _base + "/listen.js";

    /// <summary>The listening page's episodes as an M3U playlist, for any player.</summary>
    public string Playlist => _base + "/listen.m3u";

    public string Source(string id) => $"{Pages}/sources/{Uri.EscapeDataString(id)}";

    /// <summary>An older page of a source's articles; the newest when <paramref name="before"/> is null.</summary>
    public string Source(string id, FeedPageCursor? before) =>
        before is null ? Source(id) : $"{Source(id)}?{FeedPageCursor.QueryName}={before}";

    public string Article(long id) => $"{Pages}/articles/{id}";

    public string Transcript(long id) => $"{_base}/articles/{id}/transcript.vtt";

    public string Timings(long id) => $"{_base}/articles/{id}/timings.json";

    public string Media(string key) => $"{_base}/media/{FeedLinks.EscapeKey(key)}";

    public string Artwork(string id) => $"{_base}/artwork/{Uri.EscapeDataString(id)}.png";

    public string Feed(string id, string extension) => $"{_base}/feeds/{Uri.EscapeDataString(id)}.{extension}";

    /// <summary>A channel's daily feed: one episode a day (the Bulletins area serves it).</summary>
    public string DailyFeed(string id, string extension) => $"{_base}/feeds/{Uri.EscapeDataString(id)}/daily.{extension}";

    /// <summary>The page <paramref name="request"/> asked for, in the other print size, with its query kept.</summary>
    public static string OtherPrint(HttpRequest request)
    {
        var path = request.Path.Value ?? "/";
        var other = IsLargePrint(request) ? path[LargePrintPrefix.Length..] : LargePrintPrefix + path;
        if (other.Length == 0)
        {
            other = "/";
        }

        return request.PathBase.Add(new PathString(other)).ToUriComponent() + request.QueryString.ToUriComponent();
    }
}
