using A11yFeed.Model;
using A11yFeed.Web;

namespace A11yFeed.Tests.Web;

public sealed class ArticleImagesTests
{
    [Fact]
    public void Descriptions_JoinAltAndCaptionOnceAndSkipImagesWithNeither()
    {
        const string json = """
            [{"src":"https://example.org/a.jpg","alt":"Volunteers reading","caption":"The reading room"},
             {"src":"https://example.org/b.jpg","alt":null,"caption":null},
             {"src":"https://example.org/c.jpg","alt":"会议现场","caption":"会议现场"},
             {"src":"https://example.org/d.jpg","alt":"  ","caption":"Only a caption"},
             {"src":"https://example.org/e.jpg","alt":"Volunteers reading","caption":"The reading room"}]
            """;

        Assert.Equal(["Volunteers reading — The reading room", "会议现场", "Only a caption"], ArticleImages.Descriptions(ArticleImagesJson.Parse(json)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("{not json")]
    [InlineData("{\"alt\":\"x\"}")]
    [InlineData("[1, \"x\", null]")]
    public void Descriptions_OfUnreadableJson_AreEmpty(string? json) =>
        Assert.Empty(ArticleImages.Descriptions(ArticleImagesJson.Parse(json)));
}
