using System.Text.Encodings.Web;
using System.Text.Json;
using A11yFeed.Extraction;

namespace A11yFeed.Tests.Extraction;

/// <summary>
/// Each fixture page next to the article it must produce. To accept a deliberate change in extraction,
/// run the tests with A11YFEED_UPDATE_GOLDEN=1 and review the diff of Golden/Extraction/*.expected.json.
/// </summary>
public class ArticleExtractorGoldenTests
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    [Theory]
    [InlineData("gov-article-zh.html", "http://www.qingliu.gov.cn/xwzx/xzdt/202403/t20240312_1188.html", null)]
    [InlineData("news-article-en.html", "https://courier.example.org/news/2024/05/harbour-ferry-step-free?ref=home", "text/html")]
    [InlineData("news-dump-en.txt", "https://gazette.example.net/local/community-garden", "text/plain")]
    public void Extract_MatchesGoldenFile(string fixture, string url, string? mediaType)
    {
        var content = File.ReadAllText(Path.Combine(ExtractionPaths.Fixtures, fixture));

        var result = new ArticleExtractor().Extract(content, new Uri(url), mediaType);

        Assert.Null(result.Error);
        var actual = Serialise(result.Article!);
        var goldenPath = Path.Combine(ExtractionPaths.Golden, Path.GetFileNameWithoutExtension(fixture) + ".expected.json");
        if (Environment.GetEnvironmentVariable("A11YFEED_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(goldenPath, actual);
        }

        Assert.True(File.Exists(goldenPath), $"Missing {goldenPath}; run once with A11YFEED_UPDATE_GOLDEN=1 and review it.");
        Assert.Equal(File.ReadAllText(goldenPath).ReplaceLineEndings("\n"), actual);
    }

    // Text is derived from Paragraphs, so it is left out of the file to keep diffs to one place.
    private static string Serialise(ExtractedArticle a) => JsonSerializer.Serialize(
        new
        {
            a.Title, a.Subtitle, a.Author, a.Source, a.Published, a.Language, a.CanonicalUrl,
            a.Paragraphs, a.Captions, a.Images,
        },
        Json).ReplaceLineEndings("\n") + "\n";
}
