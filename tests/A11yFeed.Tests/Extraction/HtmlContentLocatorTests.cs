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

    [Fact]
    public void Extract_FirstPostWinsWhenALaterLongerPostHoldsItsOwnTable()
    {
        static string Sentences(string topic, int count) =>
            string.Concat(Enumerable.Range(1, count).Select(i => $"{topic}第{i}句，我们沿着河边慢慢走，看见老人在树下下棋，孩子们在草地上放风筝。<br><br>"));
        var first = $"<table class=\"post\"><tr><td class=\"post-body\">{Sentences("金矿游记", 5)}</td></tr></table>";
        var second = $"<table class=\"post\"><tr><td class=\"post-body\"><table><tr><td class=\"main\">{Sentences("长发往事", 15)}</td></tr></table></td></tr></table>";
        var html = $"<html><body><h1>小禾的博客</h1>{first}<hr>{second}</body></html>";

        var article = new ArticleExtractor().Extract(html, Url).Article;

        Assert.NotNull(article);
        Assert.Contains("金矿游记第5句", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("长发往事", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_ForumFirstPostBeatsTheListOfReplies()
    {
        var post = string.Concat(Enumerable.Range(1, 6).Select(i => $"<p>第{i}点，旅行社的收入很大一部分来自购物回扣，游客要看清合同，遇到强制购物可以投诉。</p>"));
        var replies = string.Concat(Enumerable.Range(1, 12).Select(i => $"<li><font>回复{i}：说得对，我们那边也是这样，大家出门都要小心，别轻信陌生人。</font> <a href=\"/u/{i}\">网友{i}</a></li>"));
        var html = $"<html><head><title>导游为什么总带人购物</title></head><body><h1>导游为什么总带人购物</h1><div class=\"post\">{post}</div><ul>{replies}</ul></body></html>";

        var result = new ArticleExtractor().Extract(html, Url);

        Assert.True(result.Article is not null, result.Error);
        Assert.Contains("第6点", result.Article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("回复7", result.Article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_DateOpeningTheStoryIsItsDate()
    {
        var body = string.Concat(Enumerable.Range(1, 4).Select(i => $"<p>第{i}段，近年来青柳县的社区食堂越开越多，老人们在家门口就能吃上热饭，子女们也放心了许多。</p>"));
        var html = $"<html><body><div><p>2024-5-6 09:07 小禾</p>{body}</div></body></html>";

        var article = new ArticleExtractor().Extract(html, Url).Article;

        Assert.NotNull(article);
        Assert.Equal(new DateTimeOffset(2024, 5, 6, 9, 7, 0, TimeSpan.FromHours(8)), article.Published);
    }

    [Fact]
    public void Extract_NameLineUnderRepeatedHeadlineAndSubtitleIsTheAuthor()
    {
        var body = string.Concat(Enumerable.Range(1, 4).Select(i => $"<p>第{i}段，下岗职工再就业靠的不只是技能，还有亲友介绍的工作机会，这在小城市尤其明显，调查也证实了这一点。</p>"));
        var html = $"<html><head><title>社会资本与再就业(页 1)</title></head><body><div><p>2024-5-6 09:07 小禾</p><p>社会资本与再就业</p><p>——一项城市调查</p><p>社会资本与再就业</p><p>林青、周海</p>{body}</div></body></html>";

        var article = new ArticleExtractor().Extract(html, Url).Article;

        Assert.NotNull(article);
        Assert.Equal("林青、周海", article.Author);
    }

    [Fact]
    public void Extract_PageOpeningWithLongScriptIsStillReadAsChinese()
    {
        var script = "<script>" + string.Concat(Enumerable.Repeat("function zoom(size){document.getElementById('text').style.fontSize=size+'px';}", 60)) + "</script>";
        var body = string.Concat(Enumerable.Range(1, 3).Select(i => $"<p>第{i}段，青柳县的社区食堂越开越多，老人们在家门口就能吃上热饭。</p>"));
        var html = $"<html><body>{script}<h1>社区食堂</h1><p>2024年7月16日08:19 来源：青柳晚报</p><div>{body}</div></body></html>";

        var article = new ArticleExtractor().Extract(html, Url).Article;

        Assert.NotNull(article);
        Assert.Equal("zh-CN", article.Language);
        Assert.Equal(new DateTimeOffset(2024, 7, 16, 8, 19, 0, TimeSpan.FromHours(8)), article.Published);
    }

    [Theory]
    [InlineData("<p>青柳县老年服务调查报告</p><p>青柳县民政局课题组</p><p>2024年5月</p>{0}", 5)]
    [InlineData("{0}<p>——《青柳文艺》2024年3月号</p>", 3)]
    public void Extract_ReportMonthUnderTheTitleOrIssueAtTheEndIsTheDate(string layout, int month)
    {
        var body = string.Concat(Enumerable.Range(1, 4).Select(i => $"<p>第{i}段，近年来青柳县的社区食堂越开越多，老人们在家门口就能吃上热饭，子女们也放心了许多。</p>"));
        var html = "<html><body><div>" + layout.Replace("{0}", body, StringComparison.Ordinal) + "</div></body></html>";

        var article = new ArticleExtractor().Extract(html, Url).Article;

        Assert.NotNull(article);
        Assert.Equal(new DateTimeOffset(2024, month, 1, 0, 0, 0, TimeSpan.FromHours(8)), article.Published);
    }
}
