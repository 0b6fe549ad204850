using A11yFeed.Storage;
using A11yFeed.Tests.Fetching;
using A11yFeed.Tests.Hosting;
using Microsoft.EntityFrameworkCore;

namespace A11yFeed.Tests.Speech.Azure;

/// <summary>
/// The whole application with a Chinese source that asks for Azure voices and an English one left on the default
/// engine: the Chinese article is spoken by the (fake) Azure service, the English one by espeak-ng, and both
/// end up as decodable episodes.
/// </summary>
[Collection(ApplicationCollection.Name)]
public sealed class AzureEndToEndTests : IAsyncLifetime
{
    private const string ChineseBody = "市民政局今天宣布，全市老年助餐服务点将增加到一百个。老年人凭卡就餐可以享受优惠。";
    private const string EnglishBody = "The harbour ferry will run every Sunday from next month, the port authority said.";
    private LoopbackSite _site = null!;
    private FakeAzureSpeechService _azure = null!;
    private A11yFeedApplication _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _site = await LoopbackSite.StartAsync();
        _azure = await FakeAzureSpeechService.StartAsync();
        _azure.ExpectedVoice = "zh-CN-XiaoxiaoNeural";
        _site.Map("/robots.txt", LoopbackResponse.Empty(404));
        _site.Map("/zh/rss.xml", LoopbackResponse.Text(Rss("/zh/1.html", "全市老年助餐服务点增至一百个"), "application/rss+xml; charset=utf-8"));
        _site.Map("/zh/1.html", LoopbackResponse.Text(Page("zh-CN", "全市老年助餐服务点增至一百个", ChineseBody)));
        _site.Map("/en/rss.xml", LoopbackResponse.Text(Rss("/en/1.html", "Harbour ferry adds a Sunday service"), "application/rss+xml; charset=utf-8"));
        _site.Map("/en/1.html", LoopbackResponse.Text(Page("en", "Harbour ferry adds a Sunday service", EnglishBody)));
        _app = new A11yFeedApplication()
            .With("Speech:Azure:Key", FakeAzureSpeechService.Key)
            .With("Speech:Azure:Endpoint", _azure.SynthesisEndpoint.AbsoluteUri)
            .With("Speech:Azure:TokenEndpoint", _azure.TokenEndpoint.AbsoluteUri)
            .WithSource("zh-news", new
            {
                title = "示例市 民政新闻", kind = "feed", location = _site.Url("/zh/rss.xml").AbsoluteUri, language = "zh-CN",
                fetchFullText = true, voice = new { engine = "azure" },
            })
            .WithSource("en-news", new
            {
                title = "Example Gazette", kind = "feed", location = _site.Url("/en/rss.xml").AbsoluteUri, language = "en", fetchFullText = true,
            });
        _client = _app.CreateClient();
        await _app.WaitUntilAsync(
            "both articles are ready", async db => await db.Articles.CountAsync(a => a.Status == ArticleStatus.Ready) == 2, TimeSpan.FromMinutes(3));
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
        await _azure.DisposeAsync();
        await _site.DisposeAsync();
    }

    [Fact]
    public async Task Pipeline_SpeaksTheAzureSourceThroughAzureAndStoresADecodableEpisode()
    {
        var articles = await _app.QueryAsync(db => db.Articles.AsNoTracking().ToListAsync());
        var chinese = Assert.Single(articles, a => a.SourceId == "zh-news");

        Assert.Empty(_azure.Violations);
        Assert.Equal(1, _azure.TokenRequests);
        Assert.True(_azure.Calls.Count >= 3, $"{_azure.Calls.Count} sentences sent to Azure");
        Assert.All(_azure.Calls, c => Assert.Equal(("zh-CN", "zh-CN-XiaoxiaoNeural", "-10%"), (c.Language, c.Voice, c.Rate)));
        Assert.Contains(_azure.Calls, c => c.Text.Contains("老年助餐服务点", StringComparison.Ordinal));
        Assert.DoesNotContain(_azure.Calls, c => c.Text.Contains("ferry", StringComparison.OrdinalIgnoreCase));

        await ServedEpisodes.AssertMatchStoredAsync(_client, articles);

        Assert.InRange(chinese.AudioDurationMs!.Value, 5_000, 120_000);
    }

    private string Rss(string path, string title) =>
        $"""<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>News</title><link>{_site.BaseAddress}</link><description>News</description><item><title>{title}</title><link>{_site.Url(path)}</link><description>Summary.</description><pubDate>Mon, 16 Nov 2026 08:00:00 +0000</pubDate></item></channel></rss>""";

    private static string Page(string language, string title, string body) => $"""
        <!DOCTYPE html><html lang="{language}"><head><meta charset="utf-8"><title>{title}</title></head>
        <body><main><article><h1>{title}</h1><p>{body}</p><p>{body}</p></article></main></body></html>
        """;
}
