using System.Text;
using A11yFeed.Fetching;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Time.Testing;

namespace A11yFeed.Tests.Fetching;

public sealed class HttpDocumentFetcherTests : IAsyncLifetime
{
    private const string Chinese = "市长在全市经济工作会议上的讲话：坚持稳中求进，朱镕基同志曾经强调，发展是硬道理。";

    private static readonly Encoding Gbk;

    private LoopbackSite _site = null!;

    static HttpDocumentFetcherTests()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Gbk = Encoding.GetEncoding(936);
    }

    public async Task InitializeAsync() => _site = await LoopbackSite.StartAsync();

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task Fetch_DecodesGbkDeclaredOnlyInMeta()
    {
        var html = $"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gbk\"><title>讲话</title></head><body><p>{Chinese}</p></body></html>";
        _site.Map("/gbk.html", 200, "text/html", Gbk.GetBytes(html));

        var document = await Fetch("/gbk.html");

        Assert.Contains(Chinese, document.Text);
        Assert.Equal("gb18030", document.Charset);
        Assert.Equal("text/html", document.MediaType);
    }

    [Fact]
    public async Task Fetch_DecodesHeaderGb2312AsGb18030()
    {
        // 镕 is in GBK but not in GB2312: a strict GB2312 decoder would lose it.
        _site.Map("/gb2312.html", 200, "text/html; charset=GB2312", Gbk.GetBytes($"<p>{Chinese}</p>"));

        var document = await Fetch("/gb2312.html");

        Assert.Contains("朱镕基", document.Text);
        Assert.Equal("gb18030", document.Charset);
    }

    [Fact]
    public async Task Fetch_StripsUtf8Bom()
    {
        _site.Map("/bom.html", 200, "text/html", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes($"<p>{Chinese}</p>")]);

        var document = await Fetch("/bom.html");

        Assert.StartsWith("<p>市长", document.Text);
        Assert.Equal("utf-8", document.Charset);
    }

    [Fact]
    public async Task Fetch_DetectsUndeclaredGbk()
    {
        var body = string.Concat(Enumerable.Repeat($"<p>{Chinese}</p>\n", 4));
        _site.Map("/undeclared.html", 200, "text/html", Gbk.GetBytes($"<html><body>{body}</body></html>"));

        var document = await Fetch("/undeclared.html");

        Assert.Contains(Chinese, document.Text);
    }

    [Fact]
    public async Task Fetch_SendsIfNoneMatch_AndReturnsNotModifiedOn304()
    {
        _site.Map(
            "/etag.html",
            new LoopbackResponse(200, "text/html; charset=utf-8", Encoding.UTF8.GetBytes("<p>one</p>"), new Dictionary<string, string> { ["ETag"] = "\"v1\"" }),
            LoopbackResponse.Empty(304));

        var first = await Fetch("/etag.html");
        var second = await Fetch("/etag.html", first.Validators);

        Assert.Equal("\"v1\"", first.Validators.ETag);
        Assert.True(second.NotModified);
        Assert.Equal("", second.Text);
        Assert.Equal("\"v1\"", second.Validators.ETag);
        Assert.Equal("\"v1\"", _site.Requests("/etag.html")[1]["If-None-Match"].ToString());
    }

    [Fact]
    public async Task Fetch_SendsIfModifiedSince_AndReturnsNotModifiedOn304()
    {
        var lastModified = new DateTimeOffset(2024, 3, 1, 8, 0, 0, TimeSpan.Zero);
        _site.Map(
            "/dated.html",
            new LoopbackResponse(200, "text/html", Encoding.UTF8.GetBytes("<p>one</p>"), new Dictionary<string, string> { ["Last-Modified"] = lastModified.ToString("R") }),
            LoopbackResponse.Empty(304));

        var first = await Fetch("/dated.html");
        var second = await Fetch("/dated.html", first.Validators);

        Assert.Equal(lastModified, first.Validators.LastModified);
        Assert.True(second.NotModified);
        Assert.Equal(lastModified.ToString("R"), _site.Requests("/dated.html")[1]["If-Modified-Since"].ToString());
    }

    [Fact]
    public async Task Fetch_RetriesOn503ThenSucceeds()
    {
        _site.Map("/flaky.html", LoopbackResponse.Empty(503), LoopbackResponse.Empty(503), LoopbackResponse.Text("<p>ok</p>"));

        var document = await Fetch("/flaky.html");

        Assert.Equal("<p>ok</p>", document.Text);
        Assert.Equal(3, _site.RequestCount("/flaky.html"));
    }

    [Fact]
    public async Task Fetch_GivesUpOnPersistent503_AsTransient()
    {
        _site.Map("/down.html", LoopbackResponse.Empty(503));

        var error = await Assert.ThrowsAsync<FetchException>(() => Fetch("/down.html"));

        Assert.True(error.IsTransient);
        Assert.Contains("503", error.Message);
        Assert.Equal(4, _site.RequestCount("/down.html"));
    }

    [Fact]
    public async Task Fetch_429WithALongRetryAfter_IsNotRetriedNow()
    {
        _site.Map("/busy.html", LoopbackResponse.Empty(429, new Dictionary<string, string> { ["Retry-After"] = "3600" }));

        var error = await Assert.ThrowsAsync<FetchException>(() => Fetch("/busy.html"));

        Assert.True(error.IsTransient);
        Assert.Equal(1, _site.RequestCount("/busy.html"));
    }

    [Fact]
    public async Task Fetch_ServerCheckingTheETag_AnswersNotModified()
    {
        _site.MapHandler("/checked.html", async context =>
        {
            context.Response.Headers.ETag = "\"abc\"";
            if (context.Request.Headers.IfNoneMatch == "\"abc\"")
            {
                context.Response.StatusCode = 304;
                return;
            }

            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync("<p>body</p>");
        });

        var first = await Fetch("/checked.html");
        var second = await Fetch("/checked.html", first.Validators);

        Assert.False(first.NotModified);
        Assert.True(second.NotModified);
    }

    [Fact]
    public async Task Fetch_404_IsNotRetriedAndNotTransient()
    {
        var error = await Assert.ThrowsAsync<FetchException>(() => Fetch("/missing.html"));

        Assert.False(error.IsTransient);
        Assert.Contains("HTTP 404", error.Message);
        Assert.Contains(_site.Url("/missing.html").ToString(), error.Message);
        Assert.Equal(1, _site.RequestCount("/missing.html"));
    }

    [Fact]
    public async Task Fetch_RefusesResponsesOverTheSizeCap()
    {
        _site.Map("/big.html", 200, "text/html", Encoding.ASCII.GetBytes(new string('a', 5000)));

        var error = await Assert.ThrowsAsync<FetchException>(() => Fetch("/big.html", null, ("Fetch:MaxResponseBytes", "4096")));

        Assert.False(error.IsTransient);
        Assert.Contains("4096 byte limit", error.Message);
    }

    [Fact]
    public async Task Fetch_FollowsRedirects_UpToTheCap()
    {
        for (var i = 0; i < 4; i++)
        {
            _site.Map($"/hop{i}", LoopbackResponse.Empty(302, new Dictionary<string, string> { ["Location"] = $"/hop{i + 1}" }));
        }

        _site.Map("/hop4", LoopbackResponse.Text("<p>arrived</p>"));

        var arrived = await Fetch("/hop2", null, ("Fetch:MaxRedirects", "2"));
        var error = await Assert.ThrowsAsync<FetchException>(() => Fetch("/hop0", null, ("Fetch:MaxRedirects", "2")));

        Assert.Equal(_site.Url("/hop4"), arrived.Url);
        Assert.Equal("<p>arrived</p>", arrived.Text);
        Assert.False(error.IsTransient);
        Assert.Contains("redirected more than 2 times", error.Message);
    }

    [Fact]
    public async Task Fetch_RefusesWhatRobotsTxtDisallows()
    {
        _site.Map("/robots.txt", LoopbackResponse.Text("User-agent: *\nDisallow: /private/\n", "text/plain"));
        _site.Map("/private/a.html", LoopbackResponse.Text("<p>secret</p>"));
        _site.Map("/public/a.html", LoopbackResponse.Text("<p>open</p>"));
        using var services = FetchingServices.Build();

        var error = await Assert.ThrowsAsync<FetchException>(() => services.Fetcher().FetchAsync(_site.Url("/private/a.html"), null, default));
        var open = await services.Fetcher().FetchAsync(_site.Url("/public/a.html"), null, default);

        Assert.False(error.IsTransient);
        Assert.Contains("robots.txt", error.Message);
        Assert.Equal(0, _site.RequestCount("/private/a.html"));
        Assert.Equal("<p>open</p>", open.Text);
        Assert.Equal(1, _site.RequestCount("/robots.txt"));
    }

    [Fact]
    public async Task Fetch_FollowsARedirectedRobotsTxt()
    {
        _site.Map("/robots.txt", LoopbackResponse.Empty(301, new Dictionary<string, string> { ["Location"] = "/moved/robots.txt" }));
        _site.Map("/moved/robots.txt", LoopbackResponse.Text("User-agent: *\nDisallow: /closed/\n", "text/plain"));
        _site.Map("/closed/a.html", LoopbackResponse.Text("<p>closed</p>"));

        var error = await Assert.ThrowsAsync<FetchException>(() => Fetch("/closed/a.html"));

        Assert.Contains("robots.txt", error.Message);
        Assert.Equal(0, _site.RequestCount("/closed/a.html"));
    }

    [Fact]
    public async Task Fetch_SendsOneRequestAtATimeToAHost()
    {
        for (var i = 0; i < 4; i++)
        {
            _site.Map($"/p{i}.html", LoopbackResponse.Text($"<p>{i}</p>"));
        }

        _site.ResponseDelay = TimeSpan.FromMilliseconds(80);
        using var services = FetchingServices.Build(("Fetch:RespectRobotsTxt", "false"));

        await Task.WhenAll(Enumerable.Range(0, 4).Select(i => services.Fetcher().FetchAsync(_site.Url($"/p{i}.html"), null, default)));

        Assert.Equal(1, _site.MaxConcurrent);
        Assert.Equal(4, Enumerable.Range(0, 4).Sum(i => _site.RequestCount($"/p{i}.html")));
    }

    [Fact]
    public async Task Fetch_AllowsMoreAtOnceWhenConfigured()
    {
        for (var i = 0; i < 4; i++)
        {
            _site.Map($"/q{i}.html", LoopbackResponse.Text($"<p>{i}</p>"));
        }

        _site.ResponseDelay = TimeSpan.FromMilliseconds(150);
        using var services = FetchingServices.Build(("Fetch:RespectRobotsTxt", "false"), ("Fetch:PerHostConcurrency", "4"));

        await Task.WhenAll(Enumerable.Range(0, 4).Select(i => services.Fetcher().FetchAsync(_site.Url($"/q{i}.html"), null, default)));

        Assert.True(_site.MaxConcurrent > 1);
    }

    [Fact]
    public async Task Fetch_SendsAnHonestUserAgent()
    {
        _site.Map("/ua.html", LoopbackResponse.Text("<p>hi</p>"));

        await Fetch("/ua.html");

        Assert.Equal("A11yFeed/1.0 (+accessible news audio; contact in config)", _site.Requests("/ua.html")[0]["User-Agent"].ToString());
        Assert.Equal("A11yFeed/1.0 (+accessible news audio; contact in config)", _site.Requests("/robots.txt")[0]["User-Agent"].ToString());
    }

    [Fact]
    public async Task Fetch_RefusesBinaryContent()
    {
        _site.Map("/photo.jpg", 200, "image/jpeg", [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10]);
        _site.Map("/fake.html", 200, "text/html", [0x3C, 0x70, 0x3E, 0, 0, 1, 2]);

        var byType = await Assert.ThrowsAsync<FetchException>(() => Fetch("/photo.jpg"));
        var bySniff = await Assert.ThrowsAsync<FetchException>(() => Fetch("/fake.html"));

        Assert.Contains("not a text document", byType.Message);
        Assert.Contains("binary", bySniff.Message);
        Assert.False(byType.IsTransient || bySniff.IsTransient);
    }

    [Fact]
    public async Task Fetch_ServerThatNeverAnswers_TimesOutAsTransient_OnTheInjectedClock()
    {
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _site.MapHandler("/slow.html", async context =>
        {
            arrived.TrySetResult();
            await Task.Delay(Timeout.Infinite, context.RequestAborted);
        });
        var clock = new FakeTimeProvider();
        using var services = FetchingServices.Build(clock, ("Fetch:Timeout", "00:00:30"), ("Fetch:MaxRetries", "0"), ("Fetch:RespectRobotsTxt", "false"));

        var fetch = services.Fetcher().FetchAsync(_site.Url("/slow.html"), null, default);
        await arrived.Task.WaitAsync(TimeSpan.FromSeconds(30));
        clock.Advance(TimeSpan.FromSeconds(29));
        await Task.Yield();
        Assert.False(fetch.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(2));
        var error = await Assert.ThrowsAsync<FetchException>(() => fetch.WaitAsync(TimeSpan.FromSeconds(30)));

        Assert.True(error.IsTransient);
        Assert.Contains("timed out after 30 s", error.Message);
    }

    [Fact]
    public async Task Fetch_ReportsUnreachableHostAsTransient()
    {
        var url = _site.Url("/gone.html");
        await _site.DisposeAsync();
        _site = await LoopbackSite.StartAsync();

        var error = await Assert.ThrowsAsync<FetchException>(() => FetchUrl(url, ("Fetch:MaxRetries", "0")));

        Assert.True(error.IsTransient);
        Assert.Contains(url.ToString(), error.Message);
    }

    private Task<FetchedDocument> Fetch(string path, FetchValidators? validators = null, params (string, string)[] overrides) =>
        FetchUrl(_site.Url(path), validators, overrides);

    private static Task<FetchedDocument> FetchUrl(Uri url, params (string, string)[] overrides) => FetchUrl(url, null, overrides);

    private static async Task<FetchedDocument> FetchUrl(Uri url, FetchValidators? validators, params (string, string)[] overrides)
    {
        using var services = FetchingServices.Build(overrides);
        return await services.Fetcher().FetchAsync(url, validators, default);
    }
}
