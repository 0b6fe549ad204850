using System.Globalization;
using System.Text;
using A11yFeed.Model;
using A11yFeed.Publishing;
using Microsoft.Extensions.Options;

namespace A11yFeed.Web;

/// <summary>
/// GET /listen.m3u: the listening page's episodes, in its order, as an extended M3U playlist that any player opens
/// (VLC, a phone's music app, a smart TV): each entry's length in seconds and its source and title, then the MP3's
/// absolute URL, so the file works after it is downloaded.
/// </summary>
internal static class ListenPlaylist
{
    public const string MediaType = "audio/x-mpegurl";

    public static async Task<IResult> ServeAsync(HttpContext http, FeedQuery query, IOptions<FeedOptions> options)
    {
        var items = await ListenQueue.LoadAsync(query, options.Value.ItemsPerFeed, http.RequestAborted);
        var links = FeedLinks.For(http.Request, options.Value);
        var combined = query.FindChannel(CombinedFeed.Id)!;
        var playlist = Write(items.Select(item => (item, (query.FindChannel(item.SourceId) ?? combined).Title)), links);
        // No byte order mark: players that do not expect one would read it as part of "#EXTM3U".
        var body = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(playlist);
        http.Response.Headers.ContentDisposition = "inline; filename=\"listen.m3u\"";
        return CacheableResponse.Bytes(http, body, MediaType + "; charset=utf-8", CacheableResponse.FeedCacheControl, anyOrigin: true);
    }

    public static string Write(IEnumerable<(FeedItem Item, string SourceTitle)> entries, FeedLinks links)
    {
        var m3u = new StringBuilder("#EXTM3U\n");
        foreach (var (item, sourceTitle) in entries)
        {
            if (item.AudioKey is not { } key)
            {
                continue;
            }

            // -1 is M3U's "length unknown".
            var seconds = FeedText.DurationSeconds(item.AudioDurationMs) ?? -1;
            m3u.Append("#EXTINF:").Append(seconds.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(OneLine($"{sourceTitle} - {item.Title}")).Append('\n')
                .Append(links.Media(key).AbsoluteUri).Append('\n');
        }

        return m3u.ToString();
    }

    /// <summary>A title on one line: a line break in a title would start a new entry and shift every URL after it.</summary>
    private static string OneLine(string text)
    {
        var line = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            line.Append(char.IsControl(c) || c is '\u2028' or '\u2029' ? ' ' : c);
        }

        return line.ToString().Trim();
    }
}
