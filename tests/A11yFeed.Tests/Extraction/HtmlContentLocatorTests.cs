using A11yFeed.Extraction;

namespace A11yFeed.Tests.Extraction;

public class HtmlContentLocatorTests
{
    private static readonly Uri Url = new("http://blog.qingliu.example/post/3.html");

    private static string Post(string id, string topic, int sentences) =>
        $"""
        <div id="{id}"><table class="post"><tr><td class="post-body">
        {string.Concat(Enumerable.Range(1, sentences).Select(i => $"<p>{topic}第{i}句，我们沿着河边慢慢走，看见老人在树下下棋，孩子们在草地上放风筝，大家都很开心。</p>"))}
        </td></tr></table><div class="meta"><a href="/c/{id}">评论</a></div></div>
        """;

    [Fact]
    public void Extract_PrefersTheFirstOfSeveralPostsInOneTemplate()
    {
        var html = $"<html><body><h1>小禾的博客</h1>{Post("p3", "金矿游记", 4)}<hr>{Post("p2", "长发往事", 12)}<hr>{Post("p1", "雪景来信", 6)}</body></html>";

        var article = new ArticleExtractor().Extract(html, Url).Article;

        Assert.NotNull(article);
        Assert.Contains("金矿游记第1句", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("长发往事", article.Text, StringComparison.Ordinal);
    }
}
