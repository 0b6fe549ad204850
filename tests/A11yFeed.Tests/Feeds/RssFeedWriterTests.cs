using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using A11yFeed.Feeds;
using A11yFeed.Publishing;
using A11yFeed.Tests.Publishing;
using Microsoft.Extensions.Options;

namespace A11yFeed.Tests.Feeds;

public sealed class RssFeedWriterTests : IDisposable
{
    private readonly FeedTestDatabase _database = new();

    [Fact]
    public async Task Write_MatchesGolden()
    {
        var bytes = new RssFeedWriter(Options.Create(new FeedOptions())).Write(await GoldenFeed.LoadAsync(_database), GoldenFeed.Links);
        FeedGolden.AssertMatches("all.rss", bytes);
    }

    [Fact]
    public async Task Write_ReadsBackWithEnclosuresAndChineseIntact()
    {
        var bytes = new RssFeedWriter(Options.Create(new FeedOptions())).Write(await GoldenFeed.LoadAsync(_database), GoldenFeed.Links);

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
        var xml = XDocument.Parse(Encoding.UTF8.GetString(new RssFeedWriter(Options.Create(new FeedOptions())).Write(await GoldenFeed.LoadAsync(_database), GoldenFeed.Links)));
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
        Assert.Equal("Sat, 21 Nov 2026 08:00:00 +0000", (string?)item.Element("pubDate"));
        Assert.Equal("Fri, 20 Nov 2026 09:30:00 +0800", (string?)xml.Descendants("item").Last().Element("pubDate"));
        Assert.Equal("Sat, 21 Nov 2026 08:00:00 +0000", (string?)xml.Descendants("lastBuildDate").Single());
    }

    [Fact]
    public async Task Write_HasPodcastChannelTags()
    {
        var options = new FeedOptions { OwnerName = "City Reading Service", OwnerEmail = "podcasts@example.org" };
        var bytes = new RssFeedWriter(Options.Create(options)).Write(await GoldenFeed.LoadAsync(_database, "city"), GoldenFeed.Links);
        var channel = XDocument.Parse(Encoding.UTF8.GetString(bytes)).Root!.Element("channel")!;

        Assert.Equal("https://feeds.example.org/a11y/artwork/city.png", (string?)channel.Element(ITunes + "image")!.Attribute("href"));
        Assert.Equal("https://feeds.example.org/a11y/artwork/city.png", (string?)channel.Element("image")!.Element("url"));
        Assert.Equal("News", (string?)channel.Element(ITunes + "category")!.Attribute("text"));
        Assert.Equal("false", (string?)channel.Element(ITunes + "explicit"));
        Assert.Equal("City Reading Service", (string?)channel.Element(ITunes + "author"));
        Assert.Equal("City Reading Service", (string?)channel.Element(ITunes + "owner")!.Element(ITunes + "name"));
        Assert.Equal("podcasts@example.org", (string?)channel.Element(ITunes + "owner")!.Element(ITunes + "email"));
        Assert.Equal(PodcastGuid.For(new Uri("https://feeds.example.org/a11y/feeds/city.rss")).ToString(), (string?)channel.Element(Podcast + "guid"));
        Assert.Equal("no", (string?)channel.Element(Podcast + "locked"));
        Assert.Equal("podcasts@example.org", (string?)channel.Element(Podcast + "locked")!.Attribute("owner"));
        var item = Assert.Single(channel.Elements("item"));
        Assert.Equal("https://www.example.gov.cn/news/2026/1120-elderly.html", (string?)item.Element(Atom + "link")!.Attribute("href"));
        Assert.Equal("李明", (string?)item.Element(ITunes + "author"));
    }

    [Fact]
    public async Task Write_WithoutOwnerEmail_NamesTheSiteAsAuthorAndWritesNoOwner()
    {
        // The W3C feed validator reported an error on every feed: itunes:owner without itunes:email.
        var bytes = new RssFeedWriter(Options.Create(new FeedOptions { SiteTitle = "Town News" })).Write(await GoldenFeed.LoadAsync(_database), GoldenFeed.Links);
        var channel = XDocument.Parse(Encoding.UTF8.GetString(bytes)).Root!.Element("channel")!;

        Assert.Equal("Town News", (string?)channel.Element(ITunes + "author"));
        Assert.Empty(channel.Descendants(ITunes + "owner"));
        Assert.Null(channel.Element(Podcast + "locked")!.Attribute("owner"));
    }

    [Theory]
    [InlineData("podcasts@example.org")]
    [InlineData("")]
    [InlineData(null)]
    public async Task Write_EveryOwnerHasAnEmail(string? email)
    {
        var options = new FeedOptions { OwnerName = "City Reading Service", OwnerEmail = email };
        var bytes = new RssFeedWriter(Options.Create(options)).Write(await GoldenFeed.LoadAsync(_database), GoldenFeed.Links);
        var owners = XDocument.Parse(Encoding.UTF8.GetString(bytes)).Descendants(ITunes + "owner").ToList();

        Assert.All(owners, owner => Assert.False(string.IsNullOrWhiteSpace((string?)owner.Element(ITunes + "email"))));
        Assert.Equal(string.IsNullOrEmpty(email) ? 0 : 1, owners.Count);
    }

    [Fact]
    public async Task Write_KeepsDescriptionsWithinApplesLimit()
    {
        // Ten characters first put the cut between the halves of an emoji.
        var description = "City news:" + string.Concat(Enumerable.Repeat("市政府每日新闻，朗读版。😀", 500));
        var content = await GoldenFeed.LoadAsync(_database, "city");
        content = content with { Channel = content.Channel with { Description = description } };

        var bytes = new RssFeedWriter(Options.Create(new FeedOptions())).Write(content, GoldenFeed.Links);
        var descriptions = XDocument.Parse(Encoding.UTF8.GetString(bytes)).Descendants("description").Select(d => d.Value).ToList();

        Assert.All(descriptions, d => Assert.InRange(d.Length, 1, RssFeedWriter.AppleDescriptionLimit));
        Assert.EndsWith("…", descriptions[0], StringComparison.Ordinal);
        Assert.False(char.IsHighSurrogate(descriptions[0][^2]));
    }

    [Fact]
    public async Task Write_FileUrlsAreNotLinkedAsTheOriginal()
    {
        var bytes = new RssFeedWriter(Options.Create(new FeedOptions())).Write(await GoldenFeed.LoadAsync(_database, "demo"), GoldenFeed.Links);
        var text = Encoding.UTF8.GetString(bytes);

        Assert.DoesNotContain("file:", text, StringComparison.Ordinal);
        Assert.Contains("<title>Library opens a large-print reading room</title>", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Write_TimedEpisodesGetAVttTranscriptAndEveryEpisodeItsPage()
    {
        var bytes = new RssFeedWriter(Options.Create(new FeedOptions())).Write(await GoldenFeed.LoadAsync(_database), GoldenFeed.Links);
        var items = XDocument.Parse(Encoding.UTF8.GetString(bytes)).Descendants("item").ToList();

        var timed = items.Single(i => (string?)i.Element("guid") == "7d3c1e52-2b8f-4f0e-9a61-0c5b2f4d8e11");
        var transcripts = timed.Elements(Podcast + "transcript").ToList();
        Assert.Equal(2, transcripts.Count);
        Assert.Equal("https://feeds.example.org/a11y/articles/1/transcript.vtt", (string?)transcripts[0].Attribute("url"));
        Assert.Equal("text/vtt", (string?)transcripts[0].Attribute("type"));
        Assert.Equal("captions", (string?)transcripts[0].Attribute("rel"));
        Assert.Equal("https://feeds.example.org/a11y/articles/1", (string?)transcripts[1].Attribute("url"));
        Assert.Equal("text/html", (string?)transcripts[1].Attribute("type"));
        Assert.Equal("zh-CN", (string?)transcripts[1].Attribute("language"));

        var untimed = items.Single(i => (string?)i.Element("guid") == "demo-large-print-room");
        var page = Assert.Single(untimed.Elements(Podcast + "transcript"));
        Assert.Equal("text/html", (string?)page.Attribute("type"));
    }

    [Theory]
    [InlineData(0, "Sat, 21 Nov 2026 08:00:00 +0000")]
    [InlineData(8, "Sat, 21 Nov 2026 08:00:00 +0800")]
    [InlineData(-5.5, "Sat, 21 Nov 2026 08:00:00 -0530")]
    public void Rfc2822_UsesANumericOffset(double hours, string expected)
    {
        var value = new DateTimeOffset(2026, 11, 21, 8, 0, 0, TimeSpan.FromHours(hours));

        Assert.Equal(expected, RssFeedWriter.Rfc2822(value));
    }

    private static readonly XNamespace ITunes = RssFeedWriter.ITunesNamespace;
    private static readonly XNamespace Podcast = RssFeedWriter.PodcastNamespace;
    private static readonly XNamespace Atom = RssFeedWriter.AtomNamespace;

    public void Dispose() => _database.Dispose();
}
