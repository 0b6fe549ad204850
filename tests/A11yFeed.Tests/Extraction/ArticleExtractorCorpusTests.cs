using System.Text.Json;
using A11yFeed.Bench.Scoring;
using A11yFeed.Extraction;
using Xunit.Abstractions;

namespace A11yFeed.Tests.Extraction;

/// <summary>Pages nobody on this project wrote: the extractor must cope with them without tuning to them.</summary>
public class ArticleExtractorCorpusTests(ITestOutputHelper output)
{
    private static readonly Uri PageUrl = new("https://corpus.example/page.html");

    [SharedFact]
    public void Extract_ReadabilityChinesePagesGetPageTitleAndHeadline()
    {
        var cases = Directory.GetDirectories(Path.Combine(ExtractionPaths.Shared, "corpus", "readability-zh"));
        Assert.NotEmpty(cases);
        var misses = new List<string>();
        foreach (var folder in cases)
        {
            var result = new ArticleExtractor().Extract(CorpusPageDecoder.Read(Path.Combine(folder, "source.html")), PageUrl);
            using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "expected-metadata.json")));
            var expectedTitle = expected.RootElement.GetProperty("title").GetString()!;

            // The expected titles are the page's <title>, site name included ("… _光明网"): that is our page title,
            // and the headline we speak is its leading part without the site name.
            var title = result.Article?.Title ?? "(none)";
            output.WriteLine($"{Path.GetFileName(folder)}: {title} | {result.Article?.PageTitle} | expected {expectedTitle}");
            if (result.Article is null || title.Length < 4 || !expectedTitle.StartsWith(title, StringComparison.Ordinal)
                || result.Article.PageTitle != expectedTitle)
            {
                misses.Add($"{Path.GetFileName(folder)}: got '{title}' / '{result.Article?.PageTitle}' ({result.Error})");
            }
        }

        Assert.Empty(misses);
    }

    [SharedFact]
    public void Extract_UnlabelledChineseNewsPagesGiveTitleAndBody()
    {
        var pages = Directory.GetFiles(Path.Combine(ExtractionPaths.Shared, "corpus", "zh-news-unlabelled"), "*.html");
        Assert.NotEmpty(pages);
        var failures = new List<string>();
        foreach (var page in pages)
        {
            var result = new ArticleExtractor().Extract(CorpusPageDecoder.Read(page), PageUrl);
            var article = result.Article;
            output.WriteLine($"{Path.GetFileName(page)}: {article?.Title} | {article?.Paragraphs.Count} paragraphs | {result.Error}");
            if (article is null || article.Title.Length == 0 || article.Text.Length == 0)
            {
                failures.Add($"{Path.GetFileName(page)}: {result.Error}");
            }
        }

        Assert.Empty(failures);
    }

    private static readonly JsonSerializerOptions WebJson = new(JsonSerializerDefaults.Web);

    private sealed record PageFacts(string Page, string Title, string StartsWith, int Paragraphs, string[] MustNotContain);

    [SharedFact]
    public void Extract_UnlabelledPagesCheckedByEyeKeepTheirShape()
    {
        var facts = JsonSerializer.Deserialize<List<PageFacts>>(
            File.ReadAllText(Path.Combine(ExtractionPaths.Golden, "zh-news-unlabelled.facts.json")), WebJson)!;
        Assert.NotEmpty(facts);
        foreach (var fact in facts)
        {
            var result = new ArticleExtractor().Extract(CorpusPageDecoder.Read(Path.Combine(ExtractionPaths.Shared, "corpus", "zh-news-unlabelled", fact.Page)), PageUrl);
            Assert.True(result.Article is not null, $"{fact.Page}: {result.Error}");
            Assert.Equal((fact.Page, fact.Title), (fact.Page, result.Article.Title));
            Assert.Equal((fact.Page, fact.StartsWith), (fact.Page, result.Article.Text[..Math.Min(30, result.Article.Text.Length)]));
            Assert.Equal((fact.Page, fact.Paragraphs), (fact.Page, result.Article.Paragraphs.Count));
            Assert.All(fact.MustNotContain, chrome => Assert.DoesNotContain(chrome, result.Article.Text, StringComparison.Ordinal));
        }
    }
}
