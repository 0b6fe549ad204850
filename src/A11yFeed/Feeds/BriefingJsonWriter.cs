using System.Globalization;
using System.Text.Json;
using A11yFeed.Publishing;

namespace A11yFeed.Feeds;

/// <summary>
/// A smart-speaker briefing in the Alexa Flash Briefing JSON format: an array of at most five audio items, newest
/// first, each with uid, updateDate (UTC, "yyyy-MM-ddTHH:mm:ss.0Z"), titleText, mainText (plain text shown in the
/// app), streamUrl (the episode, https whenever the site's public base is) and redirectionUrl (its reading page).
/// </summary>
public static class BriefingJsonWriter
{
    public const string Path = "briefing.json";
    public const string ContentType = "application/json; charset=utf-8";

    /// <summary>Alexa ignores items after the fifth.</summary>
    public const int MaxItems = 5;

    /// <summary>Alexa cuts text longer than this; a summary stays well under it.</summary>
    public const int MaxMainTextLength = 4500;

    public static byte[] Write(IReadOnlyList<FeedItem> items, FeedLinks links)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, FeedJson.Options))
        {
            json.WriteStartArray();
            foreach (var item in items.Where(i => i.HasAudio).OrderByDescending(i => i.Published).Take(MaxItems))
            {
                json.WriteStartObject();
                json.WriteString("uid", item.FeedGuid);
                json.WriteString("updateDate", UpdateDate(item.Updated is { } u && u > item.Published ? u : item.Published));
                json.WriteString("titleText", item.Title);
                var text = FeedText.Summary(item.Text);
                json.WriteString("mainText", text.Length > MaxMainTextLength ? text[..MaxMainTextLength] : text);
                json.WriteString("streamUrl", links.Media(item.AudioKey!).AbsoluteUri);
                json.WriteString("redirectionUrl", links.Article(item.Id).AbsoluteUri);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        return buffer.ToArray();
    }

    /// <summary>The documented form: UTC with a tenth of a second, "2016-04-10T00:00:00.0Z".</summary>
    public static string UpdateDate(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'.0Z'", CultureInfo.InvariantCulture);
}
