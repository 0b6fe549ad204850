using A11yFeed.Extraction;

namespace A11yFeed.Tests.Extraction;

public class PaginationFinderTests
{
    private static string Page(string pager) => $"<html><body><h1>青柳县志</h1><p>正文一段。</p><div class=\"page\">{pager}</div></body></html>";

    [Fact]
    public void Find_NumberedPagesInOrder()
    {
        var url = new Uri("http://gov.qingliu.example/art/2024/5/6/art_1.html");
        var html = Page("共3页 <a href=\"art_1.html\">1</a> <a href=\"art_1_3.html\">[3]</a> <a href=\"art_1_2.html\">[2]</a> <a href=\"art_1_2.html\">下一页</a>");

        var pages = PaginationFinder.Find(html, url);

        Assert.Equal(["http://gov.qingliu.example/art/2024/5/6/art_1_2.html", "http://gov.qingliu.example/art/2024/5/6/art_1_3.html"], pages.Select(p => p.AbsoluteUri));
    }

    [Theory]
    [InlineData("http://q.example/news/index.html", "index_1.html", true)]
    [InlineData("http://q.example/news/t20240506_881.html", "t20240506_881_2.html", true)]
    [InlineData("http://q.example/news/t20240506_881_2.html", "t20240506_881.html", true)]
    [InlineData("http://q.example/show.php?id=9&page=1", "show.php?id=9&page=2", true)]
    [InlineData("http://q.example/news/t20240506_881.html", "t20240507_990.html", false)]
    [InlineData("http://q.example/news/index.html", "../sport/index_1.html", false)]
    [InlineData("http://q.example/news/index.html", "http://other.example/news/index_1.html", false)]
    [InlineData("http://q.example/show.php?id=9&page=1", "show.php?id=10&page=2", false)]
    public void IsSibling_OnlyTheSameArticlesPages(string page, string link, bool sibling) =>
        Assert.Equal(sibling, PaginationFinder.IsSibling(new Uri(page), new Uri(new Uri(page), link)));

    [Fact]
    public void Find_IgnoresNextArticleAndOtherStoriesNumberedLists()
    {
        var url = new Uri("http://q.example/news/t20240506_881.html");
        var html = Page("<a href=\"t20240507_990.html\">下一篇：春耕</a> <a href=\"t20240507_991.html\">2</a> <a href=\"#top\">下一页</a>");

        Assert.Empty(PaginationFinder.Find(html, url));
    }

    [Fact]
    public void Find_PageWithoutPagerIsNotParsed() =>
        Assert.Empty(PaginationFinder.Find("<html><body><p>没有分页。</p></body></html>", new Uri("http://q.example/a.html")));
}
