using System.Text;
using A11yFeed.Sources;

namespace A11yFeed.Tests.Sources;

public sealed class OpmlImporterTests : IDisposable
{
    private const string Subscriptions = """
        <?xml version="1.0" encoding="UTF-8"?>
        <opml version="2.0">
          <head><title>My feeds</title></head>
          <body>
            <outline text="News">
              <outline type="rss" text="City Library News" xmlUrl="https://library.example.org/news.rss" language="en-GB" description="Opening hours and events."/>
              <outline type="rss" text="市政新闻" title="市政新闻" xmlUrl="https://www.example.gov.cn/news/rss.xml" language="zh-CN"/>
              <outline type="rss" text="Weather" xmlUrl="https://weather.example.net/feed.atom" language="not a tag!"/>
              <outline type="rss" text="Already here" xmlUrl="https://known.example.org/feed.xml"/>
              <outline type="rss" text="Also weather" title="Weather" xmlUrl="https://other.example.net/weather.xml"/>
              <outline type="rss" text="Mail me" xmlUrl="mailto:someone@example.org"/>
              <outline type="rss" text="City Library News" xmlUrl="https://library.example.org/news.rss"/>
            </outline>
            <outline text="A folder without a feed"/>
          </body>
        </opml>
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("a11yfeed-opml-").FullName;

    [Fact]
    public void Import_WritesFeedSourcesTheCatalogLoads()
    {
        var existing = """{ "id": "weather", "title": "Known", "kind": "feed", "location": "https://known.example.org/feed.xml" }""";
        File.WriteAllText(Path.Combine(_folder, "weather.json"), existing);

        var result = Import(Subscriptions);

        Assert.Null(result.Problem);
        Assert.Equal(["city-library-news", "example-gov-cn", "weather-2", "weather-3"], result.Created.Select(c => c.Id));
        Assert.Equal(File.ReadAllText(Path.Combine(_folder, "weather.json")), existing);
        Assert.Equal(
            ["https://known.example.org/feed.xml", "mailto:someone@example.org", "https://library.example.org/news.rss"],
            result.Skipped.Select(s => s.Location));
        Assert.Contains("'weather'", result.Skipped[0].Reason, StringComparison.Ordinal);

        var catalog = SourceCatalogLoader.Load(_folder);
        var library = catalog.Find("city-library-news")!;
        Assert.Equal(SourceKind.Feed, library.Kind);
        Assert.Equal("City Library News", library.Title);
        Assert.Equal("en-GB", library.Language);
        Assert.Equal("Opening hours and events.", library.Description);
        var city = catalog.Find("example-gov-cn")!;
        Assert.Equal("市政新闻", city.Title);
        Assert.Equal("zh-CN", city.Language);
        Assert.Equal("https://www.example.gov.cn/news/rss.xml", city.Location);
        Assert.Equal("auto", catalog.Find("weather-2")!.Language);
        // Written readable, not as \u escapes, so an operator can edit the file.
        Assert.Contains("市政新闻", File.ReadAllText(Path.Combine(_folder, "example-gov-cn.json"), Encoding.UTF8), StringComparison.Ordinal);
    }

    [Fact]
    public void Import_Again_CreatesNothing()
    {
        Import(Subscriptions);
        var files = Directory.GetFiles(_folder).Order(StringComparer.Ordinal).ToList();

        var again = Import(Subscriptions);

        Assert.Empty(again.Created);
        Assert.Equal(files, Directory.GetFiles(_folder).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("""<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY x "boom">]><opml version="2.0"><body><outline text="&x;" xmlUrl="https://a.example.org/rss"/></body></opml>""")]
    [InlineData("""<rss version="2.0"><channel/></rss>""")]
    [InlineData("""<opml version="2.0"><body><outline""")]
    public void Import_RefusesDtdsAndNonOpml(string xml)
    {
        var result = Import(xml);

        Assert.NotNull(result.Problem);
        Assert.Empty(result.Created);
        Assert.Empty(Directory.GetFiles(_folder));
    }

    private OpmlImporter.Result Import(string xml)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml));
        return OpmlImporter.Import(stream, _folder);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
