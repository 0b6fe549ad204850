using A11yFeed.Extraction;

namespace A11yFeed.Tests.Extraction;

/// <summary>The page the project was started from, as a plain-text dump: every rule it needs must hold.</summary>
public class ArticleExtractorSeedTests
{
    private static ExtractedArticle ExtractSeed()
    {
        var path = Path.Combine(ExtractionPaths.Shared, "seed", "000_83e3bc4ecb8016a0.txt");
        var result = new ArticleExtractor().Extract(File.ReadAllText(path), new Uri("http://www.panzhihua.gov.cn/seed"), "text/plain");
        Assert.Null(result.Error);
        return result.Article!;
    }

    [SharedFact]
    public void Extract_SeedReadsTitleSubtitleSourceAndDate()
    {
        var article = ExtractSeed();

        Assert.Equal("补短板堵漏洞强弱项 分区分级做好精准防控工作统筹做好经济社会发展各方面工作", article.Title);
        Assert.Equal("宋铭参加 贾瑞云虞平段向东陪同", article.Subtitle);
        Assert.Equal("攀枝花日报社", article.Source);
        Assert.Equal(new DateTimeOffset(2020, 2, 27, 0, 0, 0, TimeSpan.FromHours(8)), article.Published);
        Assert.Equal(TimeSpan.FromHours(8), article.Published!.Value.Offset);
        Assert.Equal("zh-CN", article.Language);
    }

    [SharedFact]
    public void Extract_SeedBodyRunsFromFirstParagraphToReporterCredit()
    {
        var article = ExtractSeed();

        Assert.StartsWith("按照省委统一部署", article.Text, StringComparison.Ordinal);
        Assert.EndsWith("(记者 吴禹涵)", article.Text, StringComparison.Ordinal);
        Assert.Equal("吴禹涵", article.Author);
    }

    [SharedFact]
    public void Extract_SeedPhotoCaptionGoesToCaptions()
    {
        var article = ExtractSeed();

        Assert.Contains(article.Captions, c => c.EndsWith("(特约摄影师 王东 摄)", StringComparison.Ordinal));
        Assert.DoesNotContain("摄影师", article.Text, StringComparison.Ordinal);
    }

    [SharedFact]
    public void Extract_SeedDropsSiteChrome()
    {
        var article = ExtractSeed();

        foreach (var chrome in new[] { "站群", "今天是", "您当前的位置", "选择阅读字号", "阅读次数", "Baidu", "map", "(下转2版)" })
        {
            Assert.DoesNotContain(chrome, article.Title, StringComparison.Ordinal);
            Assert.DoesNotContain(chrome, article.Text, StringComparison.Ordinal);
        }
    }

    [SharedFact]
    public void Extract_SeedJoinsParagraphSplitByPageJump()
    {
        var article = ExtractSeed();

        var joined = Assert.Single(article.Paragraphs, p => p.StartsWith("啊喇乡啊喇村村支书盛其富", StringComparison.Ordinal));
        Assert.Contains("姜永申鼓励盛其富", joined, StringComparison.Ordinal);
        Assert.DoesNotContain(article.Paragraphs, p => p.StartsWith("姜永申鼓励盛其富", StringComparison.Ordinal));
        Assert.DoesNotContain("下转", joined, StringComparison.Ordinal);
    }
}
