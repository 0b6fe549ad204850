using System.Globalization;
using System.Text.Json;
using A11yFeed.Publishing;

namespace A11yFeed.Feeds;

/// <summary>JSON Feed 1.1 (https://jsonfeed.org/version/1.1) with audio attachments.</summary>
public sealed class JsonFeedWriter
{
    public const string Extension = "json";
    public const string MediaType = "application/feed+json";
    public const string ContentType = MediaType + "; charset=utf-8";

    /// <summary>The item extension that carries what JSON Feed has no field for (transcripts).</summary>
    public const string ExtensionKey = "_a11yfeed";

    // Keeps Chinese readable yet escapes <, >, & and quotes, so no markup survives even if misserved as HTML.
    public byte[] Write(FeedContent content, FeedLinks links)
    {
        var channel = content.Channel;
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, FeedJson.Options))
        {
            json.WriteStartObject();
            json.WriteString("version", "https://jsonfeed.org/version/1.1");
            json.WriteString("title", channel.Title);
            json.WriteString("home_page_url", links.Channel(channel).AbsoluteUri);
            json.WriteString("feed_url", links.Feed(channel.Id, Extension).AbsoluteUri);
            if (content.Next is { } next)
            {
                json.WriteString("next_url", links.Feed(channel.Id, Extension, next).AbsoluteUri);
            }
            if (channel.Description is { } description)
            {
                json.WriteString("description", description);
            }

            json.WriteString("language", channel.Language);
            if (links.Hub is { } hub)
            {
                json.WriteStartArray("hubs");
                json.WriteStartObject();
                json.WriteString("type", "WebSub");
                json.WriteString("url", hub.AbsoluteUri);
                json.WriteEndObject();
                json.WriteEndArray();
            }

            json.WriteString("icon", links.Artwork(channel.Id).AbsoluteUri);
            json.WriteStartArray("items");
            foreach (var item in content.Items)
            {
                WriteItem(json, item, links);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static void WriteItem(Utf8JsonWriter json, FeedItem item, FeedLinks links)
    {
        json.WriteStartObject();
        json.WriteString("id", item.FeedGuid);
        json.WriteString("url", links.Article(item.Id).AbsoluteUri);
        if (item.PublicOriginalUrl is { } original)
        {
            json.WriteString("external_url", original.AbsoluteUri);
        }

        json.WriteString("title", item.Title);
        json.WriteString("summary", FeedText.Summary(item.Text));
        json.WriteString("content_html", FeedText.HtmlParagraphs(item.Text));
        json.WriteString("content_text", item.Text ?? "");
        json.WriteString("date_published", Iso(item.Published));
        if (item.Updated is { } updated && updated > item.Published)
        {
            json.WriteString("date_modified", Iso(updated));
        }

        if ((item.Author ?? item.Organisation) is { } author)
        {
            json.WriteStartArray("authors");
            json.WriteStartObject();
            json.WriteString("name", author);
            json.WriteEndObject();
            json.WriteEndArray();
        }

        if (item.Language is { } language)
        {
            json.WriteString("language", language);
        }

        if (item is { AudioKey: { } key, AudioBytes: { } bytes })
        {
            json.WriteStartArray("attachments");
            json.WriteStartObject();
            json.WriteString("url", links.Media(key).AbsoluteUri);
            json.WriteString("mime_type", "audio/mpeg");
            json.WriteNumber("size_in_bytes", bytes);
            if (FeedText.DurationSeconds(item.AudioDurationMs) is { } seconds)
            {
                json.WriteNumber("duration_in_seconds", seconds);
            }

            json.WriteEndObject();
            json.WriteEndArray();
            WriteTranscripts(json, item, links);
        }

        json.WriteEndObject();
    }

    /// <summary>
    /// JSON Feed has no transcript field, and an attachment would be offered as a second episode, so the
    /// transcripts go in an extension object ("_" keys are JSON Feed's extension point) with the same url, type
    /// and rel as the RSS podcast:transcript tags.
    /// </summary>
    private static void WriteTranscripts(Utf8JsonWriter json, FeedItem item, FeedLinks links)
    {
        json.WriteStartObject(ExtensionKey);
        json.WriteStartArray("transcripts");
        if (item.HasTranscript)
        {
            json.WriteStartObject();
            json.WriteString("url", links.Transcript(item.Id).AbsoluteUri);
            json.WriteString("type", "text/vtt");
            json.WriteString("rel", "captions");
            json.WriteEndObject();
        }

        json.WriteStartObject();
        json.WriteString("url", links.Article(item.Id).AbsoluteUri);
        json.WriteString("type", "text/html");
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static string Iso(DateTimeOffset value) =>
        value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
