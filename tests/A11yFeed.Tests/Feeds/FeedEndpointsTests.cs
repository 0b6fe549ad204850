using System.Net;
using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Xml;
using A11yFeed.Tests.Hosting;
using A11yFeed.Tests.Publishing;

namespace A11yFeed.Tests.Feeds;

public sealed class FeedEndpointsTests
{
    [Theory]
    [InlineData("/feeds/all.rss", "application/rss+xml; charset=utf-8")]
    [InlineData("/feeds/city.atom", "application/atom+xml; charset=utf-8")]
    [InlineData("/feeds/demo.json", "application/feed+json; charset=utf-8")]
    public async Task Get_ServesEachFormatWithItsContentType(string path, string contentType)
    {
        await using var host = A11yFeedApplication.StartWithSamples();
        await host.SeedGoldenArticlesAsync();

        using var response = await host.Client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType!.ToString());
    }

    [Theory]
    [InlineData("/feeds/nosuch.rss")]
    [InlineData("/feeds/nosuch.atom")]
    [InlineData("/feeds/nosuch.json")]
    [InlineData("/feeds/city.xml")]
    public async Task Get_UnknownFeed_Returns404(string path)
    {
        await using var host = A11yFeedApplication.StartWithSamples();

        using var response = await host.Client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Get_SourceFeed_IsNewestFirstAndOnlyThatSource()
    {
        await using var host = A11yFeedApplication.StartWithSamples();
        var day = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.FromHours(8));
        await host.AddArticlesAsync(
            SampleArticles.Ready("city", "old", "Old", day, day.AddDays(9)),
            SampleArticles.Ready("city", "newest-undated", "Newest", null, day.AddDays(5)),
            SampleArticles.Ready("city", "middle", "Middle", day.AddDays(2), day.AddDays(3)),
            SampleArticles.Ready("demo", "other-source", "Other", day.AddDays(7), day.AddDays(7)));

        var feed = await LoadAsync(host, "/feeds/city.atom");

        Assert.Equal(["urn:a11yfeed:newest-undated", "urn:a11yfeed:middle", "urn:a11yfeed:old"], feed.Items.Select(i => i.Id));
    }

    [Fact]
    public async Task Get_HonoursItemsPerFeed()
    {
        await using var host = A11yFeedApplication.StartWithSamples(new Dictionary<string, string?> { ["Feeds:ItemsPerFeed"] = "2" });
        var day = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
        await host.AddArticlesAsync(
            [.. Enumerable.Range(1, 5).Select(i => SampleArticles.Ready(i % 2 == 0 ? "city" : "demo", $"item-{i}", $"Item {i}", day.AddHours(i), day))]);

        var feed = await LoadAsync(host, "/feeds/all.rss");
        using var json = JsonDocument.Parse(await host.GetStringAsync("/feeds/all.json"));

        Assert.Equal(["item-5", "item-4"], feed.Items.Select(i => i.Id));
        Assert.Equal(2, json.RootElement.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Get_UsesPublicBaseUrlWhenSetElseTheRequestHost()
    {
        await using var configured = A11yFeedApplication.StartWithSamples(new Dictionary<string, string?> { ["Feeds:PublicBaseUrl"] = "https://news.example.net/listen" });
        await using var plain = A11yFeedApplication.StartWithSamples();

        var fromConfig = await LoadAsync(configured, "/feeds/all.rss");
        var fromRequest = await LoadAsync(plain, "/feeds/all.rss");

        Assert.Contains(fromConfig.Links, l => l.RelationshipType == "self" && l.Uri.AbsoluteUri == "https://news.example.net/listen/feeds/all.rss");
        Assert.Contains(fromRequest.Links, l => l.RelationshipType == "self" && l.Uri.AbsoluteUri == "http://localhost/feeds/all.rss");
    }

    [Fact]
    public async Task Get_SameEntityTag_Returns304UntilAnArticleIsAdded()
    {
        await using var host = A11yFeedApplication.StartWithSamples();
        await host.SeedGoldenArticlesAsync();
        using var first = await host.Client.GetAsync(new Uri("/feeds/all.rss", UriKind.Relative));
        var tag = first.Headers.ETag!;

        using var unchanged = await GetIfNoneMatchAsync(host, tag);
        // Found late but dated long ago: the newest date stays the same, the feed does not.
        await host.AddArticlesAsync(SampleArticles.Ready("city", "late", "Late", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch));
        using var changed = await GetIfNoneMatchAsync(host, tag);

        Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(tag, changed.Headers.ETag);
    }

    [Fact]
    public async Task GetOpml_ListsEveryCataloguedSourceUnderThePublicBaseUrl()
    {
        await using var host = A11yFeedApplication.StartWithSamples(new Dictionary<string, string?> { ["Feeds:PublicBaseUrl"] = "https://news.example.net/listen" });

        var opml = System.Xml.Linq.XDocument.Parse(await host.GetStringAsync("/feeds.opml"));

        var urls = opml.Descendants("outline").Select(o => (string?)o.Attribute("xmlUrl")).OfType<string>().ToList();
        Assert.Equal(6, urls.Count);
        Assert.Contains("https://news.example.net/listen/feeds/city.rss", urls);
        Assert.Contains("https://news.example.net/listen/feeds/demo.json", urls);
        Assert.DoesNotContain(urls, u => u.Contains("/all.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GetRss_PointsPodcastAppsAtArtworkThatIsServed()
    {
        await using var host = A11yFeedApplication.StartWithSamples();
        var rss = System.Xml.Linq.XDocument.Parse(await host.GetStringAsync("/feeds/city.rss"));
        var href = (string)rss.Descendants(System.Xml.Linq.XName.Get("image", A11yFeed.Feeds.RssFeedWriter.ITunesNamespace)).Single().Attribute("href")!;

        using var artwork = await host.Client.GetAsync(new Uri(href));

        Assert.Equal("http://localhost/artwork/city.png", href);
        Assert.Equal(HttpStatusCode.OK, artwork.StatusCode);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], (await artwork.Content.ReadAsByteArrayAsync())[..4]);
    }

    [Theory]
    [InlineData("/feeds/all.rss")]
    [InlineData("/feeds/city.atom")]
    [InlineData("/feeds/demo.json")]
    [InlineData("/feeds.opml")]
    [InlineData("/artwork/city.png")]
    public async Task Get_AnyOriginMayReadFeedsAndTheir304s(string path)
    {
        await using var host = A11yFeedApplication.StartWithSamples();
        using var first = await host.Client.GetAsync(new Uri(path, UriKind.Relative));
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var again = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Equal("*", Assert.Single(first.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.Equal("*", Assert.Single(again.Headers.GetValues("Access-Control-Allow-Origin")));
    }

    [Fact]
    public async Task Get_WithWebSubHub_EveryFormatNamesTheHubInBodyAndLinkHeader()
    {
        await using var host = A11yFeedApplication.StartWithSamples(new Dictionary<string, string?>
        {
            ["Feeds:PublicBaseUrl"] = "https://news.example.net/listen",
            ["Feeds:WebSubHub"] = "https://hub.example.org/",
        });

        var rss = await LoadAsync(host, "/feeds/city.rss");
        var atom = await LoadAsync(host, "/feeds/city.atom");
        using var json = JsonDocument.Parse(await host.GetStringAsync("/feeds/city.json"));
        using var response = await host.Client.GetAsync(new Uri("/feeds/city.atom", UriKind.Relative));

        Assert.Contains(rss.Links, l => l.RelationshipType == "hub" && l.Uri.AbsoluteUri == "https://hub.example.org/");
        Assert.Contains(atom.Links, l => l.RelationshipType == "hub" && l.Uri.AbsoluteUri == "https://hub.example.org/");
        var hubs = json.RootElement.GetProperty("hubs");
        Assert.Equal("WebSub", hubs[0].GetProperty("type").GetString());
        Assert.Equal("https://hub.example.org/", hubs[0].GetProperty("url").GetString());
        Assert.Equal(
            "<https://hub.example.org/>; rel=\"hub\", <https://news.example.net/listen/feeds/city.atom>; rel=\"self\"",
            Assert.Single(response.Headers.GetValues("Link")));
    }

    [Fact]
    public async Task Get_WithoutWebSubHub_NamesNoHub()
    {
        await using var host = A11yFeedApplication.StartWithSamples();

        using var response = await host.Client.GetAsync(new Uri("/feeds/city.rss", UriKind.Relative));

        Assert.False(response.Headers.Contains("Link"));
        Assert.DoesNotContain("rel=\"hub\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> GetIfNoneMatchAsync(A11yFeedApplication host, System.Net.Http.Headers.EntityTagHeaderValue tag)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/feeds/all.rss", UriKind.Relative));
        request.Headers.IfNoneMatch.Add(tag);
        return await host.Client.SendAsync(request);
    }

    private static async Task<SyndicationFeed> LoadAsync(A11yFeedApplication host, string path)
    {
        var body = await host.GetStringAsync(path);
        using var reader = XmlReader.Create(new StringReader(body));
        return SyndicationFeed.Load(reader);
    }
}
