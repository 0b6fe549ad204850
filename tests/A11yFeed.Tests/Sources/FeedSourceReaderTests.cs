using A11yFeed.Fetching;
using A11yFeed.Sources;
using A11yFeed.Tests.Fetching;
using Microsoft.Extensions.DependencyInjection;

namespace A11yFeed.Tests.Sources;

public sealed class FeedSourceReaderTests : IAsyncLifetime
{
    private LoopbackSite _site = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _site = await LoopbackSite.StartAsync();
        _site.Map("/rss.xml", 200, "application/rss+xml", FetchingFixtures.Bytes("rss.xml"));
        _site.Map("/atom.xml", 200, "application/atom+xml", FetchingFixtures.Bytes("atom.xml"));
        _site.Map("/feed.json", 200, "application/feed+json", FetchingFixtures.Bytes("feed.json"));
        _site.Map("/evil.xml", 200, "application/rss+xml", FetchingFixtures.Bytes("doctype-entity.xml"));
        _services = FetchingServices.Build();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _site.DisposeAsync();
    }

    [Fact]
    public async Task Read_Rss_TakesLinksTitlesDatesAndFullContent_NewestFirst()
    {
        var items = await Read("/rss.xml");

        Assert.Equal(["Bus line 12 changes its Sunday timetable", "Library opens a reading room for large-print books", "Spring market on the square"], items.Select(i => i.Title));
        var library = items[1];
        Assert.Equal(new DateTimeOffset(2024, 3, 5, 9, 30, 0, TimeSpan.FromHours(8)), library.Published);
        Assert.Contains("2,000 large-print books", library.Content);
        Assert.Equal("text/html", library.ContentType);
        Assert.Null(items[0].Content);
    }

    [Fact]
    public async Task Read_Rss_CanonicalisesItemUrls()
    {
        var items = await Read("/rss.xml");

        Assert.Equal("https://news.example.org/2024/03/large-print.html?id=7", items[1].Url.AbsoluteUri);
    }

    [Fact]
    public async Task Read_Atom_TakesAlternateLinkAndHtmlContent()
    {
        var items = await Read("/atom.xml");

        Assert.Equal(2, items.Count);
        Assert.Equal("https://council.example.org/notices/2024/elm-street.html", items[0].Url.AbsoluteUri);
        Assert.Null(items[0].Content);
        Assert.Equal("Council meets about the new footbridge", items[1].Title);
        Assert.Equal("<p>The council met on Monday.</p>", items[1].Content);
        Assert.Equal(new DateTimeOffset(2024, 3, 4, 10, 0, 0, TimeSpan.FromHours(8)), items[1].Published);
    }

    [Fact]
    public async Task Read_JsonFeed_ResolvesRelativeUrlsAndSkipsItemsWithoutOne()
    {
        var items = await Read("/feed.json");

        Assert.Equal(2, items.Count);
        Assert.Equal(_site.Url("/posts/2024-03-02-clinic.html"), items[0].Url);
        Assert.Equal("text/plain", items[0].ContentType);
        Assert.Equal("<p>The ferry runs again from Friday.</p>", items[1].Content);
        Assert.Equal("text/html", items[1].ContentType);
    }

    [Fact]
    public async Task Read_WithFetchFullText_LeavesContentForThePage()
    {
        var items = await Read("/rss.xml", fetchFullText: true);

        Assert.All(items, item => Assert.Null(item.Content));
        Assert.All(items, item => Assert.Null(item.ContentType));
    }

    [Fact]
    public async Task Read_RefusesDoctypeWithoutExpandingEntities()
    {
        var error = await Assert.ThrowsAsync<FetchException>(() => Read("/evil.xml"));

        Assert.False(error.IsTransient);
        Assert.Contains("DTD", error.Message);
        Assert.DoesNotContain("ha-ha", error.Message);
    }

    [Fact]
    public async Task Read_Rss_ReadsLooseDates_AndKeepsItemsWithoutOne()
    {
        _site.Map("/dates.xml", LoopbackResponse.Text(
            """
            <rss version="2.0"><channel><title>x</title><link>https://a.example/</link><description>d</description>
            <item><title>Chinese date</title><link>https://a.example/1.html</link><pubDate>2024年3月5日</pubDate></item>
            <item><title>Plain date</title><link>https://a.example/2.html</link><pubDate>2024-03-05 10:00:00</pubDate></item>
            <item><title>No real date</title><link>https://a.example/3.html</link><pubDate>soon</pubDate></item>
            </channel></rss>
            """,
            "application/rss+xml"));

        var items = await Read("/dates.xml");

        Assert.Equal(["Plain date", "Chinese date", "No real date"], items.Select(i => i.Title));
        Assert.Equal(new DateTimeOffset(2024, 3, 5, 10, 0, 0, TimeSpan.Zero), items[0].Published);
        Assert.Equal(new DateTimeOffset(2024, 3, 5, 0, 0, 0, TimeSpan.Zero), items[1].Published);
        Assert.Null(items[2].Published);
    }

    [Fact]
    public async Task Read_AppliesMaxItems()
    {
        var items = await Read("/rss.xml", maxItems: 1);

        Assert.Equal("Bus line 12 changes its Sunday timetable", Assert.Single(items).Title);
    }

    private async Task<IReadOnlyList<DiscoveredItem>> Read(string path, bool fetchFullText = false, int maxItems = 50)
    {
        var source = new SourceDefinition
        {
            Id = "test",
            Title = "Test",
            Kind = SourceKind.Feed,
            Location = _site.Url(path).AbsoluteUri,
            FetchFullText = fetchFullText,
            MaxItems = maxItems,
        };
        var result = await _services.GetRequiredService<SourceReader>().ReadAsync(source, null, default);
        Assert.False(result.NotModified);
        return result.Items;
    }
}
