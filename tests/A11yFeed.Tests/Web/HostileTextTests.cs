using System.Text.Json;
using System.Xml.Linq;
using A11yFeed.Tests.Hosting;
using A11yFeed.Tests.Publishing;

namespace A11yFeed.Tests.Web;

/// <summary>Markup inside article fields must reach readers as text, in every page and every feed.</summary>
public sealed class HostileTextTests
{
    private const string Script = "<script>alert(1)</script>";
    private const string Image = "<img src=x onerror=alert(1)>";

    [Theory]
    [InlineData("/sources/city")]
    [InlineData("/articles/1")]
    [InlineData("/feeds/city.rss")]
    [InlineData("/feeds/all.atom")]
    [InlineData("/feeds/all.json")]
    public async Task Get_NeverEchoesArticleMarkup(string path)
    {
        await using var host = A11yFeedApplication.StartWithSamples();
        var article = SampleArticles.Ready("city", "hostile", $"Title {Script}", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch);
        article.Subtitle = $"Subtitle {Image}";
        article.Author = Script;
        article.Organisation = Image;
        article.Text = $"First {Script}\n\nSecond {Image} & \"quotes\"";
        article.Captions = $"{Image}\n{Script}";
        await host.AddArticlesAsync(article);
        await host.ChangeAsync(db => db.Sources.Single(s => s.Id == "city").LastError = $"Bad page {Script}");

        var body = await host.GetStringAsync(path);

        Assert.DoesNotContain(Script, body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Image, body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", body, StringComparison.OrdinalIgnoreCase);
        // The text is still there, only encoded: the test would be empty if the article were dropped.
        Assert.Contains("alert(1)", body, StringComparison.Ordinal);
        foreach (var html in HtmlFields(path, body))
        {
            Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        }
    }

    /// <summary>The feed fields readers render as HTML, after the feed's own escaping is undone.</summary>
    private static List<string> HtmlFields(string path, string body)
    {
        if (path.EndsWith(".json", StringComparison.Ordinal))
        {
            using var json = JsonDocument.Parse(body);
            return [.. json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("content_html").GetString()!)];
        }

        if (path.StartsWith("/feeds/", StringComparison.Ordinal))
        {
            XNamespace content = "http://purl.org/rss/1.0/modules/content/";
            XNamespace atom = "http://www.w3.org/2005/Atom";
            var fields = XDocument.Parse(body).Descendants().Where(e => e.Name == content + "encoded" || e.Name == atom + "content").Select(e => e.Value).ToList();
            Assert.NotEmpty(fields);
            return fields;
        }

        return [];
    }
}
