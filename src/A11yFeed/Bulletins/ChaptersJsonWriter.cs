using System.Text.Json;
using A11yFeed.Feeds;
using A11yFeed.Publishing;

namespace A11yFeed.Bulletins;

/// <summary>
/// A bulletin's chapters in the Podcasting 2.0 JSON chapters format (version 1.2.0): start and end in seconds, the
/// episode's title, and a link to its reading page; the introduction has no link.
/// </summary>
public static class ChaptersJsonWriter
{
    public const string MediaType = "application/json+chapters";
    public const string ContentType = MediaType + "; charset=utf-8";

    public static byte[] Write(Bulletin bulletin, string podcastName, FeedLinks links)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, FeedJson.Options))
        {
            json.WriteStartObject();
            json.WriteString("version", "1.2.0");
            json.WriteString("title", bulletin.Title);
            json.WriteString("podcastName", podcastName);
            json.WriteStartArray("chapters");
            foreach (var chapter in bulletin.Chapters)
            {
                json.WriteStartObject();
                json.WriteNumber("startTime", chapter.StartMs / 1000.0);
                json.WriteNumber("endTime", chapter.EndMs / 1000.0);
                json.WriteString("title", chapter.Title);
                if (chapter.ArticleId is { } id)
                {
                    json.WriteString("url", links.Article(id).AbsoluteUri);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
