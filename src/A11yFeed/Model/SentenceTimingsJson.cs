using System.Text.Json;
using System.Text.Json.Serialization;

namespace A11yFeed.Model;

/// <summary>
/// The stored and published form of an episode's sentence timings: the JSON that read-along pages fetch from
/// <c>/articles/{id}/timings.json</c> and that is kept in <c>Article.SentenceTimingsJson</c>.
/// <code>{"sentences":[{"paragraph":-1,"startMs":0,"endMs":2310,"text":"..."}]}</code>
/// </summary>
public static class SentenceTimingsJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialise(IReadOnlyList<SentenceTiming> sentences) =>
        JsonSerializer.Serialize(new Document([.. sentences]), Options);

    /// <summary>The timings in <paramref name="json"/>; empty for null, empty or unreadable JSON.</summary>
    public static IReadOnlyList<SentenceTiming> Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return [];
        }

        try
        {
            return JsonSerializer.Deserialize<Document>(json, Options)?.Sentences ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    private sealed record Document([property: JsonPropertyName("sentences")] List<SentenceTiming> Sentences);
}
