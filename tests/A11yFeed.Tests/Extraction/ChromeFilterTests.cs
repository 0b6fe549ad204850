using A11yFeed.Extraction;

namespace A11yFeed.Tests.Extraction;

public class ChromeFilterTests
{
    [Theory]
    [InlineData("您当前的位置:首页 > 政务公开 > 领导讲话")]
    [InlineData("当前位置：首页 > 新闻中心")]
    [InlineData("首页 » 新闻 » 本地")]
    [InlineData("某某市人民政府网站 站群 今天是:")]
    [InlineData("字号：大 中 小")]
    [InlineData("【大】【中】【小】")]
    [InlineData("选择阅读字号:[ ]")]
    [InlineData("阅读次数: 0")]
    [InlineData("【打印本页】 【关闭窗口】")]
    [InlineData("分享到：微信 微博")]
    [InlineData("上一篇：春耕备耕工作会")]
    [InlineData("下一篇：老年智能手机课堂")]
    [InlineData("相关链接")]
    [InlineData("网站地图 | 联系我们")]
    [InlineData("某ICP备00000000号-1")]
    [InlineData("政府网站标识码：0000000000")]
    [InlineData("Home | World | Business | Sport")]
    [InlineData("Share this article")]
    [InlineData("© 2024 The Courier")]
    [InlineData("Related stories")]
    [InlineData("共3页 上一页 1 2 3 下一页")]
    [InlineData("第1页 第2页 第3页")]
    [InlineData("[1] [2] [3] 下一页")]
    [InlineData("Back to Gallery")]
    [InlineData("Advert")]
    [InlineData("Tell us what YOU think...")]
    [InlineData("用微信扫码二维码")]
    [InlineData("分享至好友和朋友圈")]
    [InlineData("已输入0字")]
    [InlineData("字号")]
    [InlineData("关键词 >> 社区食堂")]
    public void IsChrome_RecognisesSiteFurniture(string line) => Assert.True(ChromeFilter.IsChrome(line));

    [Theory]
    [InlineData("按照省委统一部署,2月25日,省委常委、省军区司令员姜永申莅攀,对我市疫情防控工作开展情况进行调研。")]
    [InlineData("宋铭参加 贾瑞云虞平段向东陪同")]
    [InlineData("The ferry began using fold-out ramps on Monday.")]
    [InlineData("The garden is open every day from eight in the morning until dusk.")]
    public void IsChrome_KeepsArticleText(string line) => Assert.False(ChromeFilter.IsChrome(line));

    [Fact]
    public void IsChrome_LongParagraphMentioningFooterWordsStays()
    {
        var paragraph = "会议指出，要依法保护知识产权，凡标注版权所有的作品，未经许可不得转载，各部门要加强宣传，引导企业增强版权意识，营造尊重创新的良好环境，推动文化产业健康发展。";

        Assert.False(ChromeFilter.IsChrome(paragraph));
    }

    [Theory]
    [InlineData("为您推荐", true)]
    [InlineData("【相关阅读】", true)]
    [InlineData("You may also like", true)]
    [InlineData("为您推荐一款适合老人的手机，操作简单。", false)]
    public void EndsStory_RecognisesRecommendationHeadings(string line, bool ends) => Assert.Equal(ends, ChromeFilter.EndsStory(line));
}
