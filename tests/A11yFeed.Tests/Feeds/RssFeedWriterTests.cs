using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using A11yFeed.Feeds;

namespace A11yFeed.Tests.Feeds;

public sealed class RssFeedWriterTests : IDisposable
{
    private readonly FeedTestDatabase _database = new();

    [Fact]
    public async Task Write_MatchesGolden()
    {
        var bytes = new RssFeedWriter(Microsoft.Extensions.Options.Options.Create(new FeedOptions())).Write(await GoldenFeed.LoadAsync(_database), GoldenFeed.Links);
        FeedGolden.AssertMatches("all.rss", bytes);
    }

    [Fact]
    public async Task Write_ReadsBackWithEnclosuresAndChineseIntact()
    {
        var bytes = new RssFeedWriter(Microsoft.Extensions.Options.Options.Create(new FeedOptions())).Write(await GoldenFeed.LoadAsync(_database), GoldenFeed.Links);

        using var reader = XmlReader.Create(new MemoryStream(bytes));
        var feed = SyndicationFeed.Load(reader);
        Assert.Equal("zh-CN", feed.Language);
        Assert.Equal(["demo-large-print-room", "7d3c1e52-2b8f-4f0e-9a61-0c5b2f4d8e11"], feed.Items.Select(i => i.Id));
        var chinese = feed.Items.Last();
        Assert.Equal("市政府召开老年人服务工作会议", chinese.Title.Text);
        var enclosure = Assert.Single(chinese.Links, l => l.RelationshipType == "enclosure");
        Assert.Equal("https://feeds.example.org/a11y/media/audio/city/1-aa11bb22.mp3", enclosure.Uri.AbsoluteUri);
        Assert.Equal(123456, enclosure.Length);
        Assert.Equal("audio/mpeg", enclosure.MediaType);
        Assert.Contains("老年人服务", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Write_HasSelfLinkGuidNotPermalinkContentEncodedAndDuration()
    {
        var xml = XDocument.Parse(Encoding.UTF8.GetString(new RssFeedWriter(Microsoft.Extensions.Options.Options.Create(new FeedOptions())).Write(await GoldenFeed.LoadAsync(_database), GoldenFeed.Links)));
        XNamespace atom = "http://www.w3.org/2005/Atom";
        XNamespace content = "http://purl.org/rss/1.0/modules/content/";
        XNamespace itunes = "http://www.itunes.com/dtds/podcast-1.0.dtd";

        var self = Assert.Single(xml.Descendants(atom + "link"), l => (string?)l.Attribute("rel") == "self");
        Assert.Equal("https://feeds.example.org/a11y/feeds/all.rss", (string?)self.Attribute("href"));
        var item = xml.Descendants("item").First();
        Assert.Equal("false", (string?)item.Element("guid")!.Attribute("isPermaLink"));
        Assert.Equal("https://feeds.example.org/a11y/articles/2", (string?)item.Element("link"));
        Assert.StartsWith("<p>The city library opened a reading room with large-print books &amp; audio", (string?)item.Element(content + "encoded"), StringComparison.Ordinal);
        Assert.Equal("30", (string?)item.Element(itunes + "duration"));
        Assert.Equal(new DateTimeOffset(2026, 11, 21, 8, 0, 0, TimeSpan.Zero), DateTimeOffset.Parse(((string?)item.Element("pubDate"))!.Replace(" Z", " +00:00", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture));
    }

    public void Dispose() => _database.Dispose();
}
