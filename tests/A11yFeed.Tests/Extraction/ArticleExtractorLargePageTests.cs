using System.Text;
using A11yFeed.Extraction;

namespace A11yFeed.Tests.Extraction;

/// <summary>
/// A page of 2 MB, nested deep (just under <see cref="MarkupDepthGuard"/>'s limit) and wide (thousands of
/// paragraphs, table cells and links), in Chinese and English, is extracted whole; nested past the guard it is
/// refused before any tree is built. How much such a page allocates is not asserted here: optimised code allocates
/// about 15.6× the page, code the JIT has not yet optimised (it stack-allocates nothing) over 200×, and inside the
/// full suite, with the cores busy, five extractions in a row stayed at 216×. It depends on the JIT's timing, not on
/// the extractor, so it belongs in a benchmark with a warm-up (docs/extraction-evaluation.md, "Speed and memory").
/// </summary>
public class ArticleExtractorLargePageTests
{
    private const int PageCharacters = 2 * 1024 * 1024;

    private static readonly Uri Url = new("https://example.org/news/2026/big.html");

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Extract_TwoMegabytePage_KeepsTheWholeStory(bool chineseFirst)
    {
        var page = LargePage(chineseFirst, nesting: MarkupDepthGuard.MaxUnclosedContainers - 100);
        Assert.InRange(page.Length, PageCharacters, PageCharacters + 4096);

        var result = new ArticleExtractor().Extract(page, Url, "text/html");

        Assert.NotNull(result);
        Assert.NotNull(result.Article);
        Assert.False(result.UsedSecondOpinion);
        Assert.Contains(result.Article.Paragraphs, p => p.Contains("记者在现场看到", StringComparison.Ordinal));
        Assert.Contains(result.Article.Paragraphs, p => p.Contains("The council voted", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_TwoMegabytePageNestedPastTheGuardIsRefusedBeforeParsing()
    {
        var page = LargePage(chineseFirst: true, nesting: MarkupDepthGuard.MaxUnclosedContainers + 100);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = new ArticleExtractor().Extract(page, Url, "text/html");
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Null(result.Article);
        Assert.Contains("unclosed", result.Error, StringComparison.Ordinal);
        Assert.True(allocated < 64 * 1024, $"allocated {allocated:N0} bytes");
    }

    /// <summary>
    /// A long bilingual story at the bottom of <paramref name="nesting"/> nested divs, beside a wide table of
    /// link cells and a long list of related links, padded to 2 MB characters with more story paragraphs.
    /// </summary>
    internal static string LargePage(bool chineseFirst, int nesting)
    {
        var page = new StringBuilder(PageCharacters + 8192);
        page.Append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>市议会通过新的交通计划 | Example News</title>")
            .Append("<meta property=\"og:title\" content=\"市议会通过新的交通计划\"><meta name=\"author\" content=\"王小明\"></head><body>");
        page.Append("<table class=\"links\">");
        for (var row = 0; row < 200; row++)
        {
            page.Append("<tr>");
            for (var cell = 0; cell < 10; cell++)
            {
                page.Append("<td><a href=\"/n/").Append(row * 10 + cell).Append("\">新闻 ").Append(row * 10 + cell).Append("</a></td>");
            }

            page.Append("</tr>");
        }

        page.Append("</table>");
        page.Insert(page.Length, "<div class=\"wrap\">", nesting);
        page.Append("<article><h1>市议会通过新的交通计划</h1>");
        const string chinese = "<p>记者在现场看到，市议会今天以多数票通过了新的交通计划，计划将在明年春天开始实施，涉及公交线路、自行车道和步行街的改造。</p>";
        const string english = "<p>The council voted by a wide margin on Tuesday to adopt the new transport plan, which will reshape bus routes, cycle lanes and pedestrian streets from next spring.</p>";
        var paragraph = 0;
        while (page.Length < PageCharacters - 60_000)
        {
            // Numbered, so that no paragraph repeats another and the assembler's de-duplication cannot shrink the work.
            page.Append(chineseFirst ? chinese : english).Append(chineseFirst ? english : chinese).Insert(page.Length - 4, ++paragraph);
        }

        page.Append("</article>");
        page.Insert(page.Length, "</div>", nesting);
        page.Append("<ul class=\"related\">");
        while (page.Length < PageCharacters)
        {
            page.Append("<li><a href=\"/r\">Related story 相关新闻</a></li>");
        }

        page.Append("</ul></body></html>");
        return page.ToString();
    }
}
