using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using A11yFeed.Tests.Hosting;
using A11yFeed.Tests.Publishing;

namespace A11yFeed.Tests.Web;

/// <summary>Validators, cache lifetimes, compression, HEAD and CORS on feeds, pages, OPML, artwork and media.</summary>
public sealed class HttpCachingTests
{
    [Theory]
    [InlineData("/feeds/all.rss", "public, max-age=300", true)]
    [InlineData("/feeds/city.atom", "public, max-age=300", true)]
    [InlineData("/feeds/demo.json", "public, max-age=300", true)]
    [InlineData("/feeds.opml", "public, max-age=300", true)]
    [InlineData("/artwork/city.png", "public, max-age=86400", true)]
    [InlineData("/sources/city", "no-cache", false)]
    [InlineData("/articles/1", "no-cache", false)]
    public async Task Get_HasValidatorsCacheControlAndCors(string path, string cacheControl, bool anyOrigin)
    {
        await using var host = A11yFeedApplication.StartWithSamples();
        await host.SeedGoldenArticlesAsync();

        using var response = await host.Client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(cacheControl, response.Headers.CacheControl!.ToString());
        Assert.NotNull(response.Headers.ETag);
        Assert.Equal(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero), response.Content.Headers.LastModified);
        Assert.Equal(anyOrigin, response.Headers.TryGetValues("Access-Control-Allow-Origin", out var origins) && origins.Single() == "*");
    }

    [Theory]
    [InlineData("/feeds/all.rss")]
    [InlineData("/sources/demo")]
    public async Task Get_IfModifiedSince_Is304UntilTheContentChangesEvenWithAnOldDate(string path)
    {
        await using var host = A11yFeedApplication.StartWithSamples();
        await host.SeedGoldenArticlesAsync();
        using var first = await host.Client.GetAsync(new Uri(path, UriKind.Relative));
        var lastModified = first.Content.Headers.LastModified!.Value;

        host.Clock.Advance(TimeSpan.FromMinutes(10));
        using var unchanged = await GetIfModifiedSinceAsync(host, path, lastModified);
        await host.AddArticlesAsync(SampleArticles.Ready("demo", "late", "Late", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch));
        using var changed = await GetIfModifiedSinceAsync(host, path, lastModified);

        Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(lastModified.AddMinutes(10), changed.Content.Headers.LastModified);
    }

    [Fact]
    public async Task Get_PageWithSameEntityTag_Returns304()
    {
        await using var host = A11yFeedApplication.StartWithSamples();
        await host.SeedGoldenArticlesAsync();
        using var first = await host.Client.GetAsync(new Uri("/", UriKind.Relative));
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/", UriKind.Relative));
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        using var again = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("/feeds/all.rss", "br")]
    [InlineData("/feeds/all.atom", "gzip")]
    [InlineData("/feeds/all.json", "br")]
    [InlineData("/feeds.opml", "gzip")]
    [InlineData("/", "br")]
    [InlineData("/articles/1", "gzip")]
    public async Task Get_CompressesTextWhenAsked(string path, string encoding)
    {
        await using var host = A11yFeedApplication.StartWithSamples();
        await host.SeedGoldenArticlesAsync();
        var plain = await host.GetStringAsync(path);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));

        using var response = await host.Client.SendAsync(request);

        Assert.Equal(encoding, Assert.Single(response.Content.Headers.ContentEncoding));
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        var compressed = await response.Content.ReadAsStreamAsync();
        await using Stream decoder = encoding == "br"
            ? new BrotliStream(compressed, CompressionMode.Decompress)
            : new GZipStream(compressed, CompressionMode.Decompress);
        using var text = new StreamReader(decoder);
        Assert.Equal(plain, await text.ReadToEndAsync());
    }

    [Fact]
    public async Task Get_MediaIsNeverCompressedAndIsImmutableForAnyOrigin()
    {
        await using var host = A11yFeedApplication.StartWithSamples();
        var local = Path.Combine(host.Root, "episode.mp3");
        await File.WriteAllBytesAsync(local, new byte[4096]);
        await host.Media.PutFileAsync("audio/city/1-aa11bb22.mp3", local, CancellationToken.None);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/media/audio/city/1-aa11bb22.mp3", UriKind.Relative));
        request.Headers.AcceptEncoding.ParseAdd("br, gzip");

        using var response = await host.Client.SendAsync(request);

        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.Equal("audio/mpeg", response.Content.Headers.ContentType!.ToString());
        Assert.Equal(4096, (await response.Content.ReadAsByteArrayAsync()).Length);
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl!.ToString());
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Theory]
    [InlineData("/feeds/all.rss", "application/rss+xml; charset=utf-8")]
    [InlineData("/feeds/city.atom", "application/atom+xml; charset=utf-8")]
    [InlineData("/feeds/demo.json", "application/feed+json; charset=utf-8")]
    [InlineData("/feeds.opml", "text/x-opml; charset=utf-8")]
    [InlineData("/artwork/all.png", "image/png")]
    public async Task Head_GivesTheGetHeadersWithoutABody(string path, string contentType)
    {
        await using var host = A11yFeedApplication.StartWithSamples();
        await host.SeedGoldenArticlesAsync();
        using var get = await host.Client.GetAsync(new Uri(path, UriKind.Relative));
        using var request = new HttpRequestMessage(HttpMethod.Head, new Uri(path, UriKind.Relative));

        using var head = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(contentType, head.Content.Headers.ContentType!.ToString());
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
        Assert.Equal((await get.Content.ReadAsByteArrayAsync()).Length, head.Content.Headers.ContentLength);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("/artwork/nosuch.png")]
    [InlineData("/artwork/city.jpg")]
    public async Task Get_ArtworkOfUnknownFeed_Returns404(string path)
    {
        await using var host = A11yFeedApplication.StartWithSamples();

        using var response = await host.Client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static async Task<HttpResponseMessage> GetIfModifiedSinceAsync(A11yFeedApplication host, string path, DateTimeOffset since)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.IfModifiedSince = since;
        return await host.Client.SendAsync(request);
    }
}
