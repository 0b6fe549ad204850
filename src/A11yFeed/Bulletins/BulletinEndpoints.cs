using A11yFeed.Feeds;
using A11yFeed.Publishing;
using Microsoft.Extensions.Options;

namespace A11yFeed.Bulletins;

public static class BulletinEndpoints
{
    private static readonly string[] GetAndHead = [HttpMethods.Get, HttpMethods.Head];

    /// <summary>
    /// GET and HEAD /feeds/{id}/daily.rss, .atom and .json (id a source id or "all"), and each day's chapters
    /// (/feeds/{id}/daily/{yyyy-MM-dd}/chapters.json) and transcript (…/transcript.vtt).
    /// </summary>
    public static RouteGroupBuilder MapBulletins(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/feeds/{id}");
        group.MapMethods($"/daily.{RssFeedWriter.Extension}", GetAndHead, (string id, DailyRssWriter writer, HttpContext http) =>
            ServeFeed(id, http, writer.Write, RssFeedWriter.ContentType));
        group.MapMethods($"/daily.{AtomFeedWriter.Extension}", GetAndHead, (string id, HttpContext http) =>
            ServeFeed(id, http, DailyAtomWriter.Write, AtomFeedWriter.ContentType));
        group.MapMethods($"/daily.{JsonFeedWriter.Extension}", GetAndHead, (string id, HttpContext http) =>
            ServeFeed(id, http, DailyJsonWriter.Write, JsonFeedWriter.ContentType));
        group.MapMethods("/daily/{date}/chapters.json", GetAndHead, (string id, string date, HttpContext http) =>
            ServeDay(id, date, http, (bulletin, channel, links) => ChaptersJsonWriter.Write(bulletin, channel.Title, links), ChaptersJsonWriter.ContentType));
        group.MapMethods("/daily/{date}/transcript.vtt", GetAndHead, (string id, string date, HttpContext http) =>
            ServeDay(id, date, http, (bulletin, _, _) => System.Text.Encoding.UTF8.GetBytes(BulletinTranscript.Write(bulletin)), "text/vtt; charset=utf-8"));
        return group;
    }

    private static async Task<IResult> ServeFeed(string id, HttpContext http, Func<DailyFeed, FeedLinks, byte[]> write, string contentType)
    {
        var services = http.RequestServices;
        if (!services.GetRequiredService<BulletinCalendar>().Exists(id)
            || services.GetRequiredService<FeedQuery>().FindChannel(id) is not { } channel)
        {
            return Results.NotFound();
        }

        var calendar = services.GetRequiredService<BulletinCalendar>();
        var days = services.GetRequiredService<IOptions<BulletinOptions>>().Value.DaysInFeed;
        var bulletins = await services.GetRequiredService<BulletinStore>().LatestAsync(id, calendar.Today(id), days, http.RequestAborted);
        var updated = bulletins.Count == 0
            ? services.GetRequiredService<TimeProvider>().GetUtcNow()
            : bulletins.Max(b => b.Updated);
        var options = services.GetRequiredService<IOptions<FeedOptions>>().Value;
        var body = write(new DailyFeed(channel, bulletins, updated), FeedLinks.For(http.Request, options));
        return CacheableResponse.Bytes(http, body, contentType, CacheableResponse.FeedCacheControl, anyOrigin: true);
    }

    private static async Task<IResult> ServeDay(
        string id, string date, HttpContext http, Func<Bulletin, FeedChannel, FeedLinks, byte[]> write, string contentType)
    {
        var services = http.RequestServices;
        if (!BulletinCalendar.TryParse(date, out var day)
            || !services.GetRequiredService<BulletinCalendar>().Exists(id)
            || services.GetRequiredService<FeedQuery>().FindChannel(id) is not { } channel
            || await services.GetRequiredService<BulletinStore>().FindAsync(id, day, http.RequestAborted) is not { } bulletin)
        {
            return Results.NotFound();
        }

        var options = services.GetRequiredService<IOptions<FeedOptions>>().Value;
        var body = write(bulletin, channel, FeedLinks.For(http.Request, options));
        return CacheableResponse.Bytes(http, body, contentType, CacheableResponse.FeedCacheControl, anyOrigin: true);
    }
}
