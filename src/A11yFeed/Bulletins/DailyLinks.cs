using A11yFeed.Publishing;

namespace A11yFeed.Bulletins;

/// <summary>The URLs of the daily feeds and of each day's chapters and transcript, under the site's base.</summary>
public static class DailyLinks
{
    public static Uri Daily(this FeedLinks links, string id, string extension) =>
        new(links.Base, $"feeds/{Uri.EscapeDataString(id)}/daily.{extension}");

    /// <summary>The Podcasting 2.0 JSON chapters of a day's bulletin: one stable URL per day.</summary>
    public static Uri Chapters(this FeedLinks links, Bulletin bulletin) => new(links.Base, DayPath(bulletin) + "/chapters.json");

    /// <summary>The WebVTT transcript of a day's bulletin, with its chapter cues.</summary>
    public static Uri Transcript(this FeedLinks links, Bulletin bulletin) => new(links.Base, DayPath(bulletin) + "/transcript.vtt");

    private static string DayPath(Bulletin bulletin) =>
        $"feeds/{Uri.EscapeDataString(bulletin.FeedId)}/daily/{BulletinCalendar.Format(bulletin.Date)}";
}
