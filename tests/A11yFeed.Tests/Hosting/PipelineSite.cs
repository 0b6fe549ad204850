using System.Text;
using A11yFeed.Tests.Fetching;

namespace A11yFeed.Tests.Hosting;

/// <summary>
/// A small news site on loopback, as the pipeline meets them: a GBK "领导讲话" list page without a feed and its
/// three GBK articles, an English RSS feed whose items must be fetched for their text, and a feed that only
/// ever answers 500. All text here is written for the test.
/// </summary>
internal static class PipelineSite
{
    public const string ListPath = "/ldjh/index.html";
    public const string FeedPath = "/news/rss.xml";
    public const string BrokenPath = "/broken/feed.xml";

    public static readonly Encoding Gbk = CreateGbk();

    public static readonly (string Path, string Title, string Body)[] GovArticles =
    [
        ("/ldjh/202611/t20261101_1.html", "市长调研冬季供暖保障工作", "11月1日，市长前往城区热力公司调研冬季供暖保障工作，要求确保群众温暖过冬。"),
        ("/ldjh/202611/t20261102_2.html", "全市老年助餐服务点增至八十个", "记者从市民政局获悉，全市老年助餐服务点已增至八十个，覆盖所有街道。"),
        ("/ldjh/202611/t20261103_3.html", "市政府召开防汛工作总结会议", "市政府召开防汛工作总结会议，总结今年防汛工作经验，部署明年工作。"),
    ];

    public static readonly (string Path, string Title, string Body)[] NewsArticles =
    [
        ("/news/ferry.html", "Harbour ferry adds a Sunday service", "The harbour ferry will run every Sunday from next month, the port authority said on Monday."),
        ("/news/market.html", "Farmers market moves indoors for winter", "The Saturday farmers market moves into the old town hall from December until March."),
    ];

    public static void MapAll(LoopbackSite site)
    {
        site.Map("/robots.txt", LoopbackResponse.Empty(404));
        site.Map(ListPath, new LoopbackResponse(200, "text/html", Gbk.GetBytes(ListPage())));
        for (var i = 0; i < GovArticles.Length; i++)
        {
            MapGovArticle(site, i, GovArticles[i].Body);
        }

        site.Map(FeedPath, LoopbackResponse.Text(Rss(site), "application/rss+xml; charset=utf-8"));
        foreach (var (path, title, body) in NewsArticles)
        {
            site.Map(path, LoopbackResponse.Text(EnglishPage(title, body)));
        }

        site.Map(BrokenPath, LoopbackResponse.Empty(500));
    }

    /// <summary>Serves article <paramref name="index"/> with <paramref name="body"/> as its text, as after an edit.</summary>
    public static void MapGovArticle(LoopbackSite site, int index, string body)
    {
        var (path, title, _) = GovArticles[index];
        site.Map(path, new LoopbackResponse(200, "text/html", Gbk.GetBytes(GovPage(title, body, index))));
    }

    private static string ListPage()
    {
        var links = string.Concat(GovArticles.Select(a => $"<li><a href=\"{a.Path}\">{a.Title}</a><span>2026-11-0{Array.IndexOf(GovArticles, a) + 1}</span></li>"));
        return $"""
            <html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>领导讲话_示例市人民政府</title></head>
            <body><div class="nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/hdjl/">互动交流</a></div>
            <div class="position">您当前的位置：<a href="/">首页</a> &gt; 领导讲话</div>
            <ul class="list">{links}</ul>
            <div class="page"><a href="/ldjh/index_1.html">下一页</a> <a href="/ldjh/index_5.html">尾页</a></div>
            <div class="footer">网站地图 | ICP备00000000号</div></body></html>
            """;
    }

    private static string GovPage(string title, string body, int index) => $"""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>{title}_示例市人民政府</title></head>
        <body><div class="nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a></div>
        <div class="position">您当前的位置：<a href="/">首页</a> &gt; <a href="/ldjh/">领导讲话</a></div>
        <h1>{title}</h1>
        <div class="info">来源：示例市人民政府办公室　发布时间：2026-11-0{index + 1} 10:00　阅读次数：12</div>
        <div class="content">
        <p>　　{body}</p>
        <p>　　会议强调，各部门要加强协作，把各项工作落到实处，切实解决群众关心的实际问题。<script>alert('x')</script></p>
        <p>　　相关部门负责人参加。<img src="/x.png" onerror="alert(1)">（记者 王芳）</p>
        </div>
        <div class="tools"><a href="#">打印本页</a> <a href="#">关闭窗口</a></div>
        <div class="footer">网站地图 | 政府网站标识码：0000000000</div></body></html>
        """;

    private static string EnglishPage(string title, string body) => $"""
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title} | Example Gazette</title></head>
        <body><header><nav><a href="/">Home</a> <a href="/news/">News</a> <a href="/sport/">Sport</a></nav></header>
        <main><article><h1>{title}</h1><p class="byline">By Lee Park · <time datetime="2026-11-10T08:00:00+00:00">10 November 2026</time></p>
        <p>{body}</p><p>Timetables will be posted at every stop and on the notice board outside the library, in large print.</p></article></main>
        <footer>© 2026 Example Gazette · <a href="/privacy">Privacy</a></footer></body></html>
        """;

    private static string Rss(LoopbackSite site)
    {
        var items = string.Concat(NewsArticles.Select((a, i) =>
            $"<item><title>{a.Title}</title><link>{site.Url(a.Path)}</link><description>Short summary.</description><pubDate>Mon, 1{i} Nov 2026 08:00:00 +0000</pubDate></item>"));
        return $"""<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Example Gazette</title><link>{site.BaseAddress}</link><description>News</description>{items}</channel></rss>""";
    }

    private static Encoding CreateGbk()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("gbk");
    }
}
