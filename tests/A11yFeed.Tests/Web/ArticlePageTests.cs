using A11yFeed.Model;
using A11yFeed.Tests.Hosting;
using A11yFeed.Tests.Publishing;

namespace A11yFeed.Tests.Web;

/// <summary>Read-along, transcript and picture descriptions on the article page, rendered on the server.</summary>
public sealed class ArticlePageTests
{
    [Fact]
    public async Task Article_WithTimings_HasSentenceSpansScriptControlsAndTranscript()
    {
        await using var host = A11yFeedApplication.StartWithSamples();
        var article = SampleArticles.Ready("demo", "timed", "Timed", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch);
        article.Text = "One here. Two there.\n\nThree.";
        article.SentenceTimingsJson = SentenceTimingsJson.Serialise(
            [new(-1, 0, 500, "Timed."), new(0, 600, 1500, "One here."), new(0, 1600, 2500, "Two there."), new(1, 2600, 3000, "Three.")]);
        article.ImagesJson = """[{"src":"https://example.org/a.jpg","alt":"A reading room","caption":null}]""";
        await host.AddArticlesAsync(article);

        var html = await host.GetStringAsync("/articles/1");

        Assert.Contains("<script src=\"/read-along.js\" defer></script>", html, StringComparison.Ordinal);
        Assert.Contains("<p><span class=\"s\" data-start=\"0.6\" data-end=\"1.5\">One here.</span> <span class=\"s\" data-start=\"1.6\" data-end=\"2.5\">Two there.</span></p>", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"readalong\" role=\"group\" aria-label=\"Read along\" hidden", html, StringComparison.Ordinal);
        Assert.Contains("id=\"player\"", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/articles/1/transcript.vtt\" type=\"text/vtt\">Transcript (WebVTT captions)</a>", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"captions\">Pictures</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<li>A reading room</li>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("aria-live", html, StringComparison.Ordinal);
        Assert.Contains("<article aria-labelledby=\"title\" lang=\"en\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Article_WithoutTimings_HasPlainParagraphsAndNoScript()
    {
        await using var host = A11yFeedApplication.StartWithSamples();
        await host.SeedGoldenArticlesAsync();

        var html = await host.GetStringAsync("/articles/2");

        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"s\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("transcript.vtt", html, StringComparison.Ordinal);
        Assert.Contains("<p>Volunteers read the morning paper aloud at 10 o&#39;clock.</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Script_IsServedFromTheSiteAsJavaScript()
    {
        await using var host = A11yFeedApplication.StartWithSamples();

        using var response = await host.Client.GetAsync(new Uri("/read-along.js", UriKind.Relative));

        Assert.Equal("text/javascript; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Contains("localStorage", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
