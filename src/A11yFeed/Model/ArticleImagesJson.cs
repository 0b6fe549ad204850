using System.Text.Json;
using System.Text.Json.Serialization;

namespace A11yFeed.Model;

/// <summary>
/// The stored form of an article's pictures (<c>Article.ImagesJson</c>):
/// <code>[{"src":"https://…/a.jpg","alt":"…","caption":"…"}]</code>, or null when there are none.
/// </summary>
public static class ArticleImagesJson
{
    public static string? Serialise(IReadOnlyCollection<ArticleImage> images) =>
        images.Count == 0 ? null : JsonSerializer.Serialize(images.Select(i => new Stored(i.Source?.AbsoluteUri, i.Alt, i.Caption)));

    /// <summary>The pictures in <paramref name="json"/>; empty for null or unreadable JSON, and entries of the wrong shape are skipped.</summary>
    public static IReadOnlyList<ArticleImage> Parse(string? json)
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

            return document.RootElement.EnumerateArray()
                .Where(image => image.ValueKind == JsonValueKind.Object)
                .Select(image => new ArticleImage(
                    Uri.TryCreate(Text(image, "src"), UriKind.Absolute, out var source) ? source : null,
                    Text(image, "alt"),
                    Text(image, "caption")))
                .ToList();
        }
        catch (JsonException)
        {
            return [];
        }
    }

    private static string? Text(JsonElement image, string name) =>
        image.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private sealed record Stored(
        [property: JsonPropertyName("src")] string? Src,
        [property: JsonPropertyName("alt")] string? Alt,
        [property: JsonPropertyName("caption")] string? Caption);
}
