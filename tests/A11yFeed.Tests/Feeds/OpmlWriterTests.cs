using System.Text;
using System.Xml.Linq;
using A11yFeed.Feeds;
using A11yFeed.Publishing;

namespace A11yFeed.Tests.Feeds;

public sealed class OpmlWriterTests
{
    private static readonly FeedChannel City = new("city", "市政新闻", "市政府每日新闻，朗读版。", "zh-CN", "city");
    private static readonly FeedChannel Demo = new("demo", "Demo <Library> & News", null, "en", "demo");

    [Fact]
    public void Write_ListsEverySourceOncePerFormat()
    {
        var opml = Parse(new OpmlWriter().Write("A11yFeed", [City, Demo], GoldenFeed.Links));

        Assert.Equal("2.0", (string?)opml.Root!.Attribute("version"));
        Assert.Equal("A11yFeed", (string?)opml.Root.Element("head")!.Element("title"));
        var folders = opml.Root.Element("body")!.Elements("outline").ToList();
        Assert.Equal(["A11yFeed (RSS)", "A11yFeed (Atom)", "A11yFeed (JSON Feed)"], folders.Select(f => (string?)f.Attribute("text")));
        Assert.Equal(
            ["https://feeds.example.org/a11y/feeds/city.rss", "https://feeds.example.org/a11y/feeds/demo.rss"],
            folders[0].Elements("outline").Select(o => (string?)o.Attribute("xmlUrl")));
        Assert.Equal("https://feeds.example.org/a11y/feeds/demo.json", (string?)folders[2].Elements("outline").Last().Attribute("xmlUrl"));

        var city = folders[1].Elements("outline").First();
        Assert.Equal("rss", (string?)city.Attribute("type"));
        Assert.Equal("市政新闻", (string?)city.Attribute("title"));
        Assert.Equal("市政新闻", (string?)city.Attribute("text"));
        Assert.Equal("https://feeds.example.org/a11y/feeds/city.atom", (string?)city.Attribute("xmlUrl"));
        Assert.Equal("https://feeds.example.org/a11y/sources/city", (string?)city.Attribute("htmlUrl"));
        Assert.Equal("zh-CN", (string?)city.Attribute("language"));
    }

    [Fact]
    public void Write_EscapesTitlesAndOmitsMissingDescriptions()
    {
        var bytes = new OpmlWriter().Write("A11yFeed", [Demo], GoldenFeed.Links);
        var demo = Parse(bytes).Descendants("outline").First(o => o.Attribute("xmlUrl") is not null);

        Assert.Equal("Demo <Library> & News", (string?)demo.Attribute("title"));
        Assert.Null(demo.Attribute("description"));
        Assert.Contains("Demo &lt;Library&gt; &amp; News", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    private static XDocument Parse(byte[] bytes) => XDocument.Parse(Encoding.UTF8.GetString(bytes));
}
