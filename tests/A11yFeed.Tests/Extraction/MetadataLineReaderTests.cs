using A11yFeed.Extraction;

namespace A11yFeed.Tests.Extraction;

public class MetadataLineReaderTests
{
    [Fact]
    public void TryRead_SplitsChineseLabelledValues()
    {
        var metadata = new ArticleMetadata();

        var read = MetadataLineReader.TryRead("来源:攀枝花日报社 发布时间:2020-02-27 选择阅读字号:[ ] 阅读次数: 0", chinese: true, metadata);

        Assert.True(read);
        Assert.Equal("攀枝花日报社", metadata.Source);
        Assert.Equal(new DateTimeOffset(2020, 2, 27, 0, 0, 0, TimeSpan.FromHours(8)), metadata.Published);
    }

    [Fact]
    public void TryRead_SourceWithoutTimeLabelLosesTrailingDate()
    {
        var metadata = new ArticleMetadata();

        MetadataLineReader.TryRead("文章来源：青柳县融媒体中心 2024年3月12日 09:30", chinese: true, metadata);

        Assert.Equal("青柳县融媒体中心", metadata.Source);
        Assert.Equal(new DateTimeOffset(2024, 3, 12, 9, 30, 0, TimeSpan.FromHours(8)), metadata.Published);
    }

    [Fact]
    public void TryRead_ReadsAuthorAndEditorLine()
    {
        var metadata = new ArticleMetadata();

        Assert.True(MetadataLineReader.TryRead("作者：周晴川 责任编辑：李青", chinese: true, metadata));
        Assert.Equal("周晴川", metadata.Author);
    }

    [Theory]
    [InlineData("By Priya Castellan", "Priya Castellan")]
    [InlineData("By Maggie Ellwood · 14 May 2024", "Maggie Ellwood")]
    public void TryRead_ReadsEnglishBylines(string line, string author)
    {
        var metadata = new ArticleMetadata();

        Assert.True(MetadataLineReader.TryRead(line, chinese: false, metadata));
        Assert.Equal(author, metadata.Author);
    }

    [Theory]
    [InlineData("按照省委统一部署,2月25日,省委常委莅攀调研。")]
    [InlineData("By the end of the year the garden had forty beds and a long waiting list, organisers said.")]
    public void IsMetadataLine_LeavesProse(string line) => Assert.False(MetadataLineReader.IsMetadataLine(line));

    [Fact]
    public void TryRead_AuthorStopsAtTheNextWidget()
    {
        var metadata = new ArticleMetadata();

        MetadataLineReader.TryRead("作者:林小禾 阅读(120) 评论(3) 发表于:2024-05-06 08:15", chinese: true, metadata);

        Assert.Equal("林小禾", metadata.Author);
        Assert.Equal(new DateTimeOffset(2024, 5, 6, 8, 15, 0, TimeSpan.FromHours(8)), metadata.Published);
    }

    [Fact]
    public void TryRead_EditorIsKeptApartFromTheAuthor()
    {
        var metadata = new ArticleMetadata();

        MetadataLineReader.TryRead("来源：青柳日报 编辑：周海", chinese: true, metadata);

        Assert.Null(metadata.Author);
        Assert.Equal("周海", metadata.Editor);
    }

    [Fact]
    public void TryRead_DateAfterLabelWithoutColon()
    {
        var metadata = new ArticleMetadata();

        MetadataLineReader.TryRead("发布时间 2024/03/15 22:36:13", chinese: true, metadata);

        Assert.Equal(new DateTimeOffset(2024, 3, 15, 22, 36, 13, TimeSpan.FromHours(8)), metadata.Published);
    }

    [Theory]
    [InlineData("xiaohe88 发表于 2024-5-6 11:46:00", "xiaohe88")]
    [InlineData("发布时间 2024/03/15 22:36:13 by zhouhai 〓 返回", "zhouhai")]
    public void TryRead_ForumPosterIsTheAuthor(string line, string author)
    {
        var metadata = new ArticleMetadata();

        MetadataLineReader.TryRead(line, chinese: true, metadata);

        Assert.Equal(author, metadata.Author);
    }

    [Theory]
    [InlineData("由小禾张贴 @ 2024-05-06 05:53:20 (993) 共 2 篇评论 发表评论 >>>", "小禾")]
    [InlineData("由 qingliu 发表于 2024-5-6 11:46", "qingliu")]
    public void TryRead_BlogPostedByLineNamesTheAuthor(string line, string author)
    {
        var metadata = new ArticleMetadata();

        Assert.True(MetadataLineReader.TryRead(line, chinese: true, metadata));
        Assert.Equal(author, metadata.Author);
        Assert.Equal(2024, metadata.Published?.Year);
    }

    [Fact]
    public void IsMetadataLine_SentenceSayingSomethingWasPublishedIsProse() =>
        Assert.False(MetadataLineReader.IsMetadataLine("由县文化馆发表的这本小册子收录了四十多首山歌。"));

    [Fact]
    public void TryRead_BracketedNameBetweenTimeAndSourceIsTheWriter()
    {
        var metadata = new ArticleMetadata();

        MetadataLineReader.TryRead("QINGLIU.EXAMPLE\u3000 2024年7月16日08:19 [ 周海 ]\uE5C2  来源：[ 青柳晚报 ]", chinese: true, metadata);

        Assert.Equal("周海", metadata.Author);
        Assert.Equal("青柳晚报", metadata.Source);
        Assert.Equal(new DateTimeOffset(2024, 7, 16, 8, 19, 0, TimeSpan.FromHours(8)), metadata.Published);
    }

    [Theory]
    [InlineData("编辑 刘青 校对 李禾", "刘青")]
    [InlineData("【纠错】责任编辑：周海", "周海")]
    public void TryRead_EditorLinesWithoutColonOrAfterAWidget(string line, string editor)
    {
        var metadata = new ArticleMetadata();

        Assert.True(MetadataLineReader.TryRead(line, chinese: true, metadata));
        Assert.Equal(editor, metadata.Editor);
    }
}
