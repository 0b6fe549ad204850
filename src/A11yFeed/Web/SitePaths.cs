using A11yFeed.Feeds;

namespace A11yFeed.Web;

/// <summary>Root-relative links for pages, so audio and styles load from the page's own origin whatever the public base URL.</summary>
internal sealed class SitePaths(PathString pathBase)
{
    private readonly string _base = pathBase.ToUriComponent();

    public string Home => _base + "/";

    public string Styles => _base + "/site.css";

    public string Source(string id) => $"{_base}/sources/{Uri.EscapeDataString(id)}";

    /// <summary>An older page of a source's articles; the newest when <paramref name="before"/> is null.</summary>
    public string Source(string id, FeedPageCursor? before) =>
        before is null ? Source(id) : $"{Source(id)}?{FeedPageCursor.QueryName}={before}";

    public string Article(long id) => $"{_base}/articles/{id}";

    public string Transcript(long id) => $"{_base}/articles/{id}/transcript.vtt";

    public string Timings(long id) => $"{_base}/articles/{id}/timings.json";

    public string Media(string key) => $"{_base}/media/{FeedLinks.EscapeKey(key)}";

    public string Feed(string id, string extension) => $"{_base}/feeds/{Uri.EscapeDataString(id)}.{extension}";
}
