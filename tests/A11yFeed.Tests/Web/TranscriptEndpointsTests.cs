using System.Net;
using System.Net.Http.Headers;
using A11yFeed.Model;
using A11yFeed.Storage;
using A11yFeed.Tests.Hosting;
using Microsoft.EntityFrameworkCore;

namespace A11yFeed.Tests.Web;

/// <summary>One article spoken by the real application, then its transcript and timings fetched over HTTP.</summary>
public sealed class SpokenArticleFixture : IAsyncLifetime
{
    public A11yFeedApplication App { get; private set; } = null!;

    public Article Article { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        App = new A11yFeedApplication();
        var folder = Path.Combine(App.Root, "articles");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "bridge.txt"), """
            Volunteers repaint the station footbridge

            The footbridge has been repainted by volunteers. It took two weekends & a lot of <blue> paint.

            New handrails make the crossing easier after dark.
            """);
        App.WithSource("local", new { title = "Local", kind = "folder", location = folder, language = "en", pollInterval = "01:00:00" });
        _ = App.Services;
        await App.WaitUntilAsync("the article is spoken", db => db.Articles.AnyAsync(a => a.Status == ArticleStatus.Ready), TimeSpan.FromMinutes(2));
        Article = await App.QueryAsync(db => db.Articles.AsNoTracking().SingleAsync(a => a.Status == ArticleStatus.Ready));
    }

    public async Task DisposeAsync() => await App.DisposeAsync();
}

[Collection(ApplicationCollection.Name)]
public sealed class TranscriptEndpointsTests(SpokenArticleFixture spoken) : IClassFixture<SpokenArticleFixture>
{
    [Fact]
    public void SpeakJob_StoresTimingsForTheEpisode()
    {
        var timings = SentenceTimingsJson.Parse(spoken.Article.SentenceTimingsJson);

        Assert.Equal("Volunteers repaint the station footbridge.", timings[0].Text);
        Assert.StartsWith("Local", timings[1].Text, StringComparison.Ordinal);
        Assert.Equal(
            ["The footbridge has been repainted by volunteers.", "It took two weekends & a lot of <blue> paint.", "New handrails make the crossing easier after dark."],
            timings.Skip(2).Select(t => t.Text));
        Assert.Equal([-1, -1, 0, 0, 1], timings.Select(t => t.Paragraph));
        Assert.InRange(timings[^1].EndMs, timings[^2].EndMs, spoken.Article.AudioDurationMs!.Value);
    }

    [Fact]
    public async Task Transcript_IsWebVttWithOneEscapedCuePerSentence()
    {
        using var client = spoken.App.CreateClient();

        using var response = await client.GetAsync(new Uri($"/articles/{spoken.Article.Id}/transcript.vtt", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/vtt; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal("*", Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
        var vtt = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("WEBVTT\n\n1\n00:00:00.000 --> ", vtt, StringComparison.Ordinal);
        Assert.Contains("\nIt took two weekends &amp; a lot of &lt;blue&gt; paint.\n", vtt, StringComparison.Ordinal);
        Assert.Equal(5, vtt.Split(" --> ").Length - 1);
    }

    [Theory]
    [InlineData("transcript.vtt")]
    [InlineData("timings.json")]
    public async Task Both_HaveValidatorsAnd304AndAnswerHead(string file)
    {
        using var client = spoken.App.CreateClient();
        var uri = new Uri($"/articles/{spoken.Article.Id}/{file}", UriKind.Relative);
        using var first = await client.GetAsync(uri);
        var tag = first.Headers.ETag!;

        using var again = new HttpRequestMessage(HttpMethod.Get, uri);
        again.Headers.IfNoneMatch.Add(tag);
        using var notModified = await client.SendAsync(again);
        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, uri));

        Assert.NotNull(first.Content.Headers.LastModified);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(tag, head.Headers.ETag);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Timings_AreTheStoredJson()
    {
        using var client = spoken.App.CreateClient();

        using var response = await client.GetAsync(new Uri($"/articles/{spoken.Article.Id}/timings.json", UriKind.Relative));

        Assert.Equal(new MediaTypeHeaderValue("application/json"), response.Content.Headers.ContentType);
        Assert.Equal(spoken.Article.SentenceTimingsJson, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Missing_ArticlesAndArticlesWithoutTimingsAre404()
    {
        using var client = spoken.App.CreateClient();

        using var unknown = await client.GetAsync(new Uri("/articles/999999/transcript.vtt", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);

        await spoken.App.QueryAsync(db => db.Articles.Where(a => a.Id == spoken.Article.Id)
            .ExecuteUpdateAsync(a => a.SetProperty(x => x.SentenceTimingsJson, (string?)null)));
        try
        {
            using var vtt = await client.GetAsync(new Uri($"/articles/{spoken.Article.Id}/transcript.vtt", UriKind.Relative));
            using var json = await client.GetAsync(new Uri($"/articles/{spoken.Article.Id}/timings.json", UriKind.Relative));
            Assert.Equal(HttpStatusCode.NotFound, vtt.StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, json.StatusCode);
        }
        finally
        {
            await spoken.App.QueryAsync(db => db.Articles.Where(a => a.Id == spoken.Article.Id)
                .ExecuteUpdateAsync(a => a.SetProperty(x => x.SentenceTimingsJson, spoken.Article.SentenceTimingsJson)));
        }
    }
}
