using System.Text.Json;
using A11yFeed.Tests.Hosting;
using Json.Schema;

namespace A11yFeed.Tests.Feeds;

/// <summary>The smart-speaker briefing, as served, against the JSON Schema written from the Alexa Flash Briefing documentation.</summary>
public sealed class BriefingJsonWriterTests
{
    private static readonly JsonSchema Schema =
        JsonSchema.FromFile(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Schemas", "alexa-flash-briefing.schema.json"));

    [Theory]
    [InlineData("all", 2)]
    [InlineData("city", 1)]
    public async Task Briefing_ValidatesAgainstTheFlashBriefingSchema(string feed, int items)
    {
        await using var app = A11yFeedApplication.StartWithSamples(new Dictionary<string, string?> { ["Feeds:PublicBaseUrl"] = "https://news.example.org/" });
        await app.SeedGoldenArticlesAsync();

        using var json = JsonDocument.Parse(await app.GetStringAsync($"/feeds/{feed}/briefing.json"));

        var result = Schema.Evaluate(json.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, JsonSerializer.Serialize(result));
        Assert.Equal(items, json.RootElement.GetArrayLength());
        var dates = json.RootElement.EnumerateArray().Select(i => i.GetProperty("updateDate").GetString()).ToList();
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);
        Assert.All(json.RootElement.EnumerateArray(), i => Assert.StartsWith("https://news.example.org/media/audio/", i.GetProperty("streamUrl").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public void Schema_RefusesAPlainHttpStreamAndAMissingTitle()
    {
        // The schema must be able to fail, or the test above proves nothing.
        using var json = JsonDocument.Parse("""
            [{"uid":"a","updateDate":"2026-11-28T12:00:00.0Z","mainText":"","streamUrl":"http://x.example/a.mp3","redirectionUrl":"https://x.example/"}]
            """);

        Assert.False(Schema.Evaluate(json.RootElement).IsValid);
    }
}
