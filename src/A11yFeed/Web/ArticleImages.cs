using System.Text.Json;

namespace A11yFeed.Web;

/// <summary>
/// What the source says its pictures show (Article.ImagesJson: [{"src","alt","caption"}]). The pictures themselves
/// live on the source's site and pages make no outside requests, so readers get the descriptions as text.
/// </summary>
internal static class ArticleImages
{
    /// <summary>One line per picture that has a description: its alt text and its caption, each once.</summary>
    public static IReadOnlyList<string> Descriptions(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return [];
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                return [];
            }

            var lines = new List<string>();
            foreach (var image in document.RootElement.EnumerateArray())
            {
                var alt = Text(image, "alt");
                var caption = Text(image, "caption");
                var line = alt is null ? caption
                    : caption is null || caption.Contains(alt, StringComparison.Ordinal) ? caption ?? alt
                    : alt.Contains(caption, StringComparison.Ordinal) ? alt
                    : $"{alt} — {caption}";
                if (line is not null && !lines.Contains(line))
                {
                    lines.Add(line);
                }
            }

            return lines;
        }
        catch (JsonException)
        {
            return [];
        }
    }

    private static string? Text(JsonElement image, string name) =>
        image.ValueKind == JsonValueKind.Object && image.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            && value.GetString()!.Trim() is { Length: > 0 } text ? text : null;
}
