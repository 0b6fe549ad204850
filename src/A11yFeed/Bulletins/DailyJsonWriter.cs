using System.Globalization;
using System.Text.Json;
using A11yFeed.Feeds;
using A11yFeed.Publishing;

namespace A11yFeed.Bulletins;

/// <summary>The daily feed as JSON Feed 1.1: one item per day with its bulletin attached; chapters and transcript in the extension object.</summary>
public static class DailyJsonWriter
{
    public static byte[] Write(DailyFeed feed, FeedLinks links)
    {
        var channel = feed.Channel;
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, FeedJson.Options))
        {
            json.WriteStartObject();
            json.WriteString("version", "https://jsonfeed.org/version/1.1");
            json.WriteString("title", feed.Title);
            json.WriteString("home_page_url", links.Channel(channel).AbsoluteUri);
            json.WriteString("feed_url", links.Daily(channel.Id, JsonFeedWriter.Extension).AbsoluteUri);
            json.WriteString("description", feed.Description);
            json.WriteString("language", channel.Language);
            json.WriteString("icon", links.Artwork(channel.Id).AbsoluteUri);
            json.WriteStartArray("items");
            foreach (var bulletin in feed.Bulletins)
            {
                json.WriteStartObject();
                json.WriteString("id", bulletin.FeedGuid);
                json.WriteString("url", links.Channel(channel).AbsoluteUri);
                json.WriteString("title", bulletin.Title);
                json.WriteString("content_text", DailyFeed.Contents(bulletin));
                json.WriteString("date_published", Iso(bulletin.Published));
                json.WriteString("date_modified", Iso(bulletin.Updated));
                json.WriteString("language", bulletin.Language);
                json.WriteStartArray("attachments");
                json.WriteStartObject();
                json.WriteString("url", links.Media(bulletin.MediaKey).AbsoluteUri);
                json.WriteString("mime_type", "audio/mpeg");
                json.WriteNumber("size_in_bytes", bulletin.Bytes);
                json.WriteNumber("duration_in_seconds", bulletin.DurationMs / 1000);
                json.WriteEndObject();
                json.WriteEndArray();
                json.WriteStartObject(JsonFeedWriter.ExtensionKey);
                json.WriteStartObject("chapters");
                json.WriteString("url", links.Chapters(bulletin).AbsoluteUri);
                json.WriteString("type", ChaptersJsonWriter.MediaType);
                json.WriteEndObject();
                json.WriteStartArray("transcripts");
                json.WriteStartObject();
                json.WriteString("url", links.Transcript(bulletin).AbsoluteUri);
                json.WriteString("type", "text/vtt");
                json.WriteString("rel", "captions");
                json.WriteEndObject();
                json.WriteEndArray();
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static string Iso(DateTimeOffset value) => value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
