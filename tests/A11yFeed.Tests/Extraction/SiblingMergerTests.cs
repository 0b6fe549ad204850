using A11yFeed.Extraction;

namespace A11yFeed.Tests.Extraction;

public class SiblingMergerTests
{
    private static readonly Uri Url = new("http://www.qingliu.gov.cn/zsxx/a.html");

    private static string Prose(string lead) =>
        lead + "，青柳县今年继续开展社区食堂建设，覆盖全部乡镇，老人可以就近用餐，子女也更加放心，工作人员每周上门回访，收集意见并改进菜品。";

    [Fact]
    public void Extract_KeepsTheStoryContinuedInASiblingTable()
    {
        var html = $"""
            <html><body><table><tr><td><a href="/">首页</a> <a href="/x">新闻</a></td></tr></table>
            <div id="main">
              <table><tr><td>{Prose("第一段")}<br>{Prose("第二段")}<br>{Prose("第三段")}<br>{Prose("第四段")}</td></tr></table>
              <table><tr><td>{Prose("第五段续")}</td><td>{Prose("第六段续")}</td></tr></table>
            </div>
            <div class="links"><a href="/a">其他新闻一</a><a href="/b">其他新闻二</a></div>
            </body></html>
            """;

        var article = new ArticleExtractor().Extract(html, Url).Article;

        Assert.NotNull(article);
        Assert.Contains("第一段", article.Text, StringComparison.Ordinal);
        Assert.Contains("第六段续", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("其他新闻", article.Text, StringComparison.Ordinal);
    }
}
