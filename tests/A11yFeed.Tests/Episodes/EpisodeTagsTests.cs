using A11yFeed.Episodes;
using A11yFeed.Model;

namespace A11yFeed.Tests.Episodes;

public class EpisodeTagsTests
{
    private static EpisodeScript Script(string? url) => new(
        "audio/a.mp3", "zh-CN", new VoiceSettings(), "公交线路调整", "市交通局",
        new DateTimeOffset(2020, 2, 27, 23, 30, 0, TimeSpan.FromHours(8)), ["正文。"], url, "示例新闻");

    [Fact]
    public void For_WebArticle_KeepsItsUrlAndLocalDate()
    {
        var tags = EpisodeTags.For(Script("https://www.example.gov.cn/news/1.html"));

        Assert.Equal("https://www.example.gov.cn/news/1.html", tags.SourceUrl);
        Assert.Equal(new DateOnly(2020, 2, 27), tags.Date);
        Assert.Equal("市交通局", tags.Artist);
        Assert.Equal("示例新闻", tags.Album);
    }

    [Theory]
    [InlineData("file:///srv/a11yfeed/feeds/demo/zh/bus-route.txt")]
    [InlineData("not a url")]
    [InlineData(null)]
    public void For_ArticleWithoutAPublicAddress_WritesNoUrl(string? url)
    {
        Assert.Null(EpisodeTags.For(Script(url)).SourceUrl);
    }
}
