using System.ServiceModel.Syndication;
using System.Xml;
using A11yFeed.Feeds;
using A11yFeed.Tests.Publishing;

namespace A11yFeed.Tests.Feeds;

public sealed class AtomFeedWriterTests : IDisposable
{
    private readonly FeedTestDatabase _database = new();

    [Fact]
    public async Task Write_MatchesGolden()
    {
        var bytes = new AtomFeedWriter().Write(await GoldenFeed.LoadAsync(_database), GoldenFeed.Links);
        FeedGolden.AssertMatches("all.atom", bytes);
    }

    [Fact]
    public async Task Write_ReadsBackWithSelfLinkEnclosuresAndHtmlContent()
    {
        var bytes = new AtomFeedWriter().Write(await GoldenFeed.LoadAsync(_database), GoldenFeed.Links);

        using var reader = XmlReader.Create(new MemoryStream(bytes));
        var feed = SyndicationFeed.Load(reader);
        Assert.Equal("A11yFeed", feed.Title.Text);
        Assert.Equal("zh-CN", feed.Language);
        Assert.Contains(feed.Links, l => l.RelationshipType == "self" && l.Uri.AbsoluteUri == "https://feeds.example.org/a11y/feeds/all.atom");
        Assert.Equal(2, feed.Items.Count());
        var chinese = feed.Items.Single(i => i.Id == "urn:uuid:7d3c1e52-2b8f-4f0e-9a61-0c5b2f4d8e11");
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 9, 30, 0, TimeSpan.FromHours(8)), chinese.PublishDate);
        Assert.Equal("李明", chinese.Authors.Single().Name);
        var content = Assert.IsType<TextSyndicationContent>(chinese.Content);
        Assert.Equal("html", content.Type);
        Assert.StartsWith("<p>11月20日上午，市政府召开", content.Text, StringComparison.Ordinal);
        Assert.Contains("“适老化”", content.Text, StringComparison.Ordinal);
        var enclosure = Assert.Single(chinese.Links, l => l.RelationshipType == "enclosure");
        Assert.Equal(123456, enclosure.Length);
        Assert.Contains(chinese.Links, l => l.RelationshipType == "alternate" && l.Uri.AbsoluteUri == "https://feeds.example.org/a11y/articles/1");
    }

    public void Dispose() => _database.Dispose();
}
