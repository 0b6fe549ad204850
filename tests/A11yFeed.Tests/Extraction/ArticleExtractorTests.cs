using A11yFeed.Extraction;

namespace A11yFeed.Tests.Extraction;

public class ArticleExtractorTests
{
    private static readonly Uri Url = new("http://www.qingliu.gov.cn/xwzx/a.html");

    private static ExtractedArticle Extract(string content, string? mediaType = null, string? languageHint = null)
    {
        var result = new ArticleExtractor().Extract(content, Url, mediaType, languageHint);
        Assert.True(result.Article is not null, result.Error);
        return result.Article;
    }

    private static string GovPage() => File.ReadAllText(Path.Combine(ExtractionPaths.Fixtures, "gov-article-zh.html"));

    [Fact]
    public void Extract_ReadsTheStory_WhenThePageNeverClosesItsTitle()
    {
        // Regression: a <title> without </title> made the parser read the whole page as title text, and five news pages gave "no article found".
        const string html = """
            <html><head><title>Old river bridge to close to cars
            <script>var section = "news";</script></head><body><div class="story">
            <p>The city council voted on Tuesday to close the old river bridge to cars from next spring, after engineers found that two of its piers had moved.</p>
            <p>Engineers told the council that the bridge, built in 1921, could still carry people on foot and bicycles, but that lorries and buses would have to use the ring road.</p>
            <p>Shopkeepers on both banks said they feared losing trade, and asked the council to run a free shuttle bus across the new bridge downstream while the work lasts.</p>
            </div></body></html>
            """;

        var article = Extract(html);

        Assert.Contains("two of its piers had moved", article.Text, StringComparison.Ordinal);
        Assert.Contains("free shuttle bus", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("section", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_DropsBreadcrumbsWidgetsAndFooters()
    {
        var article = Extract(GovPage());

        foreach (var chrome in new[] { "当前的位置", "首页", "字号", "阅读次数", "分享到", "打印", "上一篇", "下一篇", "网站地图", "ICP", "标识码", "站群", "今天是" })
        {
            Assert.DoesNotContain(chrome, article.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Extract_ScriptsAndAttributesNeverReachText()
    {
        var article = Extract(GovPage());

        Assert.DoesNotContain("统计代码", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("onerror", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("display", article.Text, StringComparison.Ordinal);
        Assert.All(article.Captions, c => Assert.DoesNotContain("this.style", c, StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_TextRightUnderImageIsItsCaption()
    {
        const string html = """
            <html><head><title>新桥通车_某市</title></head><body><h1>新桥通车</h1><div class="content">
            <p><img src="bridge.jpg"></p><p>新桥夜景</p>
            <p>　　昨天上午，连接城南和城北的新桥正式通车，市民步行过河的时间由二十分钟缩短到五分钟。</p>
            <p>　　新桥两侧设有无障碍坡道和休息座椅，方便老年人和推婴儿车的市民通行。</p></div></body></html>
            """;

        var article = Extract(html);

        var image = Assert.Single(article.Images);
        Assert.Equal("新桥夜景", image.Caption);
        Assert.Equal(new Uri("http://www.qingliu.gov.cn/xwzx/bridge.jpg"), image.Source);
        Assert.DoesNotContain("新桥夜景", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_ReadsCanonicalLinkAgainstPageUrl() =>
        Assert.Equal(new Uri("http://www.qingliu.gov.cn/xwzx/xzdt/202403/t20240312_1188.html"), Extract(GovPage()).CanonicalUrl);

    [Fact]
    public void Extract_TextWithoutMarkupIsReadAsPlainText()
    {
        var article = Extract("Council backs new bus route\nBy Sam Reed\n\nThe council voted on Tuesday to run a new bus route past the hospital, starting in September.\n");

        Assert.Equal("Council backs new bus route", article.Title);
        Assert.Equal("Sam Reed", article.Author);
        Assert.Single(article.Paragraphs);
    }

    [Fact]
    public void Extract_PlainTextWithoutMetadataTakesLineAboveFirstParagraphAsTitle()
    {
        const string dump = """
            Riverside Weekly
            Home | News | Sport | Contact

            Ferry timetable changes for winter
              Winter sailings start on the first Monday of November, with the last boat leaving at six in the evening.
              Passengers with season tickets do not need to renew them.
            Share this story
            """;

        var article = Extract(dump, "text/plain");

        Assert.Equal("Ferry timetable changes for winter", article.Title);
        Assert.Equal(2, article.Paragraphs.Count);
        Assert.DoesNotContain("Share", article.Text, StringComparison.Ordinal);
        Assert.Equal("en", article.Language);
    }

    [Fact]
    public void Extract_LanguageHintWinsOverDetection() =>
        Assert.Equal("zh-TW", Extract(GovPage(), languageHint: "zh-TW").Language);

    [Fact]
    public void Extract_AutoHintDetectsChinese() =>
        Assert.Equal("zh-CN", Extract(GovPage(), languageHint: "auto").Language);

    [Fact]
    public void Extract_DropsRepeatedCaptionsAndTheStaffListAfterTheStory()
    {
        const string story = "<p>The council opened the new reading room on Tuesday, and dozens of older residents came to try the large-print shelves.</p>"
            + "<p>Volunteers will read the morning papers aloud every weekday, the librarian said, starting next month.</p>";
        var html = "<html><body><div><p>Readers at the opening of the new room in the town library on Tuesday.</p>" + story
            + "<p>Readers at the opening of the new room in the town library on Tuesday.</p>"
            + "<p>Our team</p><p>Jane Reed</p><p>Tom Hale</p><p>Operations</p></div></body></html>";

        var article = Extract(html, languageHint: "en");

        Assert.Single(article.Paragraphs, p => p.StartsWith("Readers at the opening", StringComparison.Ordinal));
        Assert.DoesNotContain("Jane Reed", article.Text, StringComparison.Ordinal);
        Assert.EndsWith("starting next month.", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_SidebarBoxesInsideTheStoryRowAreDropped()
    {
        var tags = string.Join(" \n", "garden library buses parks health schools roads".Split(' ').Select(t => $"<a class=\"label\" href=\"/tag/{t}\">{t}</a>"));
        var html = "<html><body><div class=\"row\"><div class=\"col\"><blockquote>Categories</blockquote><ul><li><a href=\"/c/1\">Town hall</a></li><li><a href=\"/c/2\">Transport</a></li></ul>"
            + $"<blockquote>Tags</blockquote><div>{tags}</div></div>"
            + "<div class=\"col\"><p>The council opened the new reading room on Tuesday, and dozens of older residents came to try the large-print shelves.</p>"
            + "<p>Volunteers will read the morning papers aloud every weekday, the librarian said, starting next month.</p></div></div></body></html>";

        var article = Extract(html, languageHint: "en");

        Assert.StartsWith("The council opened", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Categories", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("garden", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_RecommendationFeedInTheStoryContainerIsCutOff()
    {
        var story = string.Concat(Enumerable.Range(1, 3).Select(i => $"<p>第{i}段，青柳县的社区食堂越开越多，老人们在家门口就能吃上热饭，子女们也放心了许多。</p>"));
        var feed = string.Concat(Enumerable.Range(1, 6).Select(i => $"<p>推荐第{i}条：邻县的公园新开了一片花海，周末游客很多，大家都去拍照打卡。</p><p>青柳晚报</p>"));
        var html = $"<html><body><h1>社区食堂</h1><div>{story}<p>为您推荐</p>{feed}</div></body></html>";

        var article = Extract(html);

        Assert.Equal(3, article.Paragraphs.Count);
        Assert.DoesNotContain("推荐", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_CaptionPrintedTwiceInARowIsACaptionNotStory()
    {
        const string caption = "<p>The mayor, left, and the head librarian cut the ribbon at the new reading room on Tuesday.</p>";
        const string story = "<p>The council opened the new reading room on Tuesday, and dozens of older residents came to try the large-print shelves.</p>"
            + "<p>Volunteers will read the morning papers aloud every weekday, the librarian said, starting next month.</p>";
        var html = $"<html><body><div><img src=\"/p/ribbon.jpg\">{caption}{caption}<p>Caption</p><p>Close</p>{story}</div></body></html>";

        var article = Extract(html, languageHint: "en");

        Assert.StartsWith("The council opened", article.Text, StringComparison.Ordinal);
        Assert.Contains(article.Captions, c => c.StartsWith("The mayor, left", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_ChineseClosingCreditBeatsTheSiteNameInTheAuthorTag()
    {
        var body = string.Concat(Enumerable.Range(1, 4).Select(i => $"<p>第{i}段，近年来青柳县的社区食堂越开越多，老人们在家门口就能吃上热饭，子女们也放心了许多。</p>"));
        var html = $"<html><head><meta name=\"author\" content=\"青柳网络\"><title>社区食堂</title></head><body><div>{body}<p>食堂下月起延长营业时间。（林小禾）</p></div></body></html>";

        Assert.Equal("林小禾", Extract(html).Author);
    }

    [Fact]
    public void Extract_WithASourceTemplate_DropsTheTemplatesBlocksAndKeepsTheStory()
    {
        const string box = "Residents can ask the council questions by telephone every Tuesday evening, and staff answer every call.";
        var page = $"""
            <html lang="en"><head><title>Pool reopens</title></head><body><h1>Pool reopens</h1><div class="story">
            <p>The town swimming pool reopens on Monday after four weeks of repairs to its roof and changing rooms.</p>
            <p>{box}</p></div></body></html>
            """;
        var template = new HashSet<long> { BlockFingerprint.Of(box)!.Value };

        var plain = new ArticleExtractor().Extract(page, Url).Article!;
        var learnt = new ArticleExtractor().Extract(page, Url, sourceTemplate: template);

        Assert.Contains(box, plain.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(box, learnt.Article!.Text, StringComparison.Ordinal);
        Assert.StartsWith("The town swimming pool reopens on Monday", learnt.Article.Text, StringComparison.Ordinal);
        Assert.Contains(template.Single(), learnt.PageBlockFingerprints);
    }
}
