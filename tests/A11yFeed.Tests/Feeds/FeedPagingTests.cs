using System.Net;
using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using A11yFeed.Feeds;
using A11yFeed.Publishing;
using A11yFeed.Tests.Hosting;
using A11yFeed.Tests.Publishing;

namespace A11yFeed.Tests.Feeds;

/// <summary>RFC 5005 paged feeds through the web host: a client that follows "next" reads every episode once.</summary>
public sealed class FeedPagingTests
{
    private static readonly XNamespace Atom = RssFeedWriter.AtomNamespace;

    private static async Task<A11yFeedApplication> StartWithSevenAsync()
    {
        var host = A11yFeedApplication.StartWithSamples(new Dictionary<string, string?> { ["Feeds:ItemsPerFeed"] = "3" });
        var day = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.FromHours(8));
        await host.AddArticlesAsync([.. Enumerable.Range(1, 7).Select(i => SampleArticles.Ready("city", $"item-{i}", $"Item {i}", day.AddHours(i), day))]);
        return host;
    }

    private static readonly string[] AllSeven = ["item-7", "item-6", "item-5", "item-4", "item-3", "item-2", "item-1"];

    [Fact]
    public async Task Atom_FollowingNextReadsEveryEntryOnceWithFirstAndSelfLinks()
    {
        await using var host = await StartWithSevenAsync();
        var ids = new List<string>();
        var url = "/feeds/city.atom";
        var pages = 0;
        while (url is not null && pages++ < 10)
        {
            using var reader = XmlReader.Create(new StringReader(await host.GetStringAsync(url)));
            var feed = SyndicationFeed.Load(reader);
            ids.AddRange(feed.Items.Select(i => i.Id.Replace("urn:a11yfeed:", "", StringComparison.Ordinal)));
            Assert.Equal("http://localhost/feeds/city.atom", feed.Id);
            Assert.Equal("http://localhost/feeds/city.atom", Link(feed, "first"));
            Assert.Equal("http://localhost" + url, Link(feed, "self"));
            url = Link(feed, "next")?.Replace("http://localhost", "", StringComparison.Ordinal);
        }

        Assert.Equal(AllSeven, ids);
        Assert.Equal(3, pages);
    }

    [Fact]
    public async Task Rss_NextIsAnAtomLinkAndThePodcastGuidStaysTheFeeds()
    {
        await using var host = await StartWithSevenAsync();
        var guids = new List<string>();
        var podcastGuids = new HashSet<string>();
        var url = "/feeds/city.rss";
        var pages = 0;
        while (url is not null && pages++ < 10)
        {
            var rss = XDocument.Parse(await host.GetStringAsync(url));
            guids.AddRange(rss.Descendants("item").Select(i => (string)i.Element("guid")!));
            Assert.All(rss.Descendants("item"), i => Assert.NotNull(i.Element("enclosure")));
            podcastGuids.Add((string)rss.Descendants(XName.Get("guid", RssFeedWriter.PodcastNamespace)).Single());
            url = (string?)rss.Root!.Element("channel")!.Elements(Atom + "link").SingleOrDefault(l => (string?)l.Attribute("rel") == "next")?.Attribute("href");
            url = url?.Replace("http://localhost", "", StringComparison.Ordinal);
        }

        Assert.Equal(AllSeven, guids);
        Assert.Single(podcastGuids);
    }

    [Fact]
    public async Task Json_NextUrlWalksTheArchive()
    {
        await using var host = await StartWithSevenAsync();
        var ids = new List<string>();
        string? url = "/feeds/city.json";
        var pages = 0;
        while (url is not null && pages++ < 10)
        {
            using var json = JsonDocument.Parse(await host.GetStringAsync(url));
            ids.AddRange(json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!));
            Assert.Equal("http://localhost/feeds/city.json", json.RootElement.GetProperty("feed_url").GetString());
            url = json.RootElement.TryGetProperty("next_url", out var next) ? next.GetString()!.Replace("http://localhost", "", StringComparison.Ordinal) : null;
        }

        Assert.Equal(AllSeven, ids);
    }

    [Fact]
    public async Task Feed_ThatFitsOnOnePageHasNoPagingLinks()
    {
        await using var host = A11yFeedApplication.StartWithSamples();
        await host.SeedGoldenArticlesAsync();

        var atom = await host.GetStringAsync("/feeds/city.atom");
        var rss = await host.GetStringAsync("/feeds/city.rss");
        var json = await host.GetStringAsync("/feeds/city.json");

        Assert.DoesNotContain("rel=\"next\"", atom + rss, StringComparison.Ordinal);
        Assert.DoesNotContain("rel=\"first\"", atom + rss, StringComparison.Ordinal);
        Assert.DoesNotContain("next_url", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_EachPageKeepsItsOwnLastModified()
    {
        await using var host = await StartWithSevenAsync();
        using var first = await host.Client.GetAsync(new Uri("/feeds/city.rss", UriKind.Relative));
        var next = XDocument.Parse(await first.Content.ReadAsStringAsync()).Root!.Element("channel")!.Elements(Atom + "link")
            .Single(l => (string?)l.Attribute("rel") == "next").Attribute("href")!.Value;
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        using (await host.Client.GetAsync(new Uri(next))) { }

        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/feeds/city.rss", UriKind.Relative));
        request.Headers.IfModifiedSince = first.Content.Headers.LastModified;
        using var again = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
    }

    [Theory]
    [InlineData("/feeds/city.rss?before=yesterday")]
    [InlineData("/feeds/city.atom?before=1.2")]
    [InlineData("/feeds/city.json?before=99999999999999999999.0.1")]
    [InlineData("/feeds/city.json?before=1.9000.1")]
    public async Task Get_MangledCursor_Returns400(string path)
    {
        await using var host = A11yFeedApplication.StartWithSamples();

        using var response = await host.Client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public void Cursor_RoundTripsWithItsOffset()
    {
        var cursor = new FeedPageCursor(new DateTimeOffset(2026, 11, 20, 9, 30, 0, TimeSpan.FromHours(8)).AddTicks(7), 42);

        Assert.True(FeedPageCursor.TryParse(cursor.ToString(), out var parsed));

        Assert.Equal(cursor, parsed);
        Assert.Equal(TimeSpan.FromHours(8), parsed!.Published.Offset);
    }

    private static string? Link(SyndicationFeed feed, string relation) =>
        feed.Links.SingleOrDefault(l => l.RelationshipType == relation)?.Uri.AbsoluteUri;
}
