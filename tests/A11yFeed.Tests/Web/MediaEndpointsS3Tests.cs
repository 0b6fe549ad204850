using System.Net;
using System.Net.Http.Headers;
using A11yFeed.Tests.Audio;
using A11yFeed.Tests.Hosting;
using A11yFeed.Tests.Speech;
using A11yFeed.Tests.Storage;

namespace A11yFeed.Tests.Web;

/// <summary>/media served from a bucket on the real S3-compatible server: ranges, validators, and the redirect.</summary>
public sealed class MediaEndpointsS3Tests : IAsyncLifetime, IDisposable
{
    private const string Key = "audio/city/1-aa11bb22.mp3";
    private const string Path = "/media/" + Key;
    private readonly S3TestServer _server = new();
    private readonly SpeechTestFolder _folder = new();
    private A11yFeedApplication _host = null!;
    private byte[] _episode = [];

    public async Task InitializeAsync()
    {
        if (!S3TestServer.Configured)
        {
            return;
        }

        // Five seconds of tone at a constant 64 kbit/s: 8,000 bytes a second.
        var mp3 = _folder.Combine("episode.mp3");
        AudioTestTools.Run("lame", "--quiet", "--cbr", "-b", "64", AudioTestTools.Tone(_folder, "tone.wav", seconds: 5, channels: 1), mp3);
        _episode = await File.ReadAllBytesAsync(mp3);
        _host = A11yFeedApplication.StartWithSamples(_server.Settings());
        await _host.Media.PutFileAsync(Key, mp3, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        if (S3TestServer.Configured)
        {
            await _host.DisposeAsync();
        }
    }

    public void Dispose() => _folder.Dispose();

    [S3Fact]
    public async Task Get_Range_Returns206WithThoseBytesWhichDecode()
    {
        var from = _episode.Length - 20_000;
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(Path, UriKind.Relative));
        request.Headers.Range = new RangeHeaderValue(from, null);

        using var response = await _host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal($"bytes {from}-{_episode.Length - 1}/{_episode.Length}", response.Content.Headers.ContentRange!.ToString());
        Assert.Equal("audio/mpeg", response.Content.Headers.ContentType!.MediaType);
        var tail = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(_episode[from..], tail);
        var path = _folder.Combine("tail.mp3");
        await File.WriteAllBytesAsync(path, tail);
        AudioTestTools.AssertDecodes(path);
        Assert.InRange(AudioTestTools.DecodedDuration(path).TotalSeconds, 2.3, 2.7);
    }

    [S3Fact]
    public async Task Get_Whole_HasTheStoredLengthAndValidators()
    {
        using var response = await _host.Client.GetAsync(new Uri(Path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(_episode, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(_episode.Length, response.Content.Headers.ContentLength);
        Assert.Equal("bytes", Assert.Single(response.Headers.AcceptRanges));
        Assert.False(response.Headers.ETag!.IsWeak);
        Assert.NotNull(response.Content.Headers.LastModified);
        Assert.Contains("immutable", response.Headers.CacheControl!.Extensions.Select(e => e.Name));
    }

    [S3Fact]
    public async Task Get_WithTheETagOrLastModified_Returns304WithoutBody()
    {
        using var first = await _host.Client.GetAsync(new Uri(Path, UriKind.Relative));
        using var byTag = new HttpRequestMessage(HttpMethod.Get, new Uri(Path, UriKind.Relative));
        byTag.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var byDate = new HttpRequestMessage(HttpMethod.Get, new Uri(Path, UriKind.Relative));
        byDate.Headers.IfModifiedSince = first.Content.Headers.LastModified;

        using var tagged = await _host.Client.SendAsync(byTag);
        using var dated = await _host.Client.SendAsync(byDate);

        Assert.Equal(HttpStatusCode.NotModified, tagged.StatusCode);
        Assert.Empty(await tagged.Content.ReadAsByteArrayAsync());
        Assert.Equal(first.Headers.ETag, tagged.Headers.ETag);
        Assert.Equal(HttpStatusCode.NotModified, dated.StatusCode);
    }

    [S3Fact]
    public async Task Get_RangeWithAnOutdatedIfRange_ReturnsTheWholeObject()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(Path, UriKind.Relative));
        request.Headers.Range = new RangeHeaderValue(0, 99);
        request.Headers.IfRange = new RangeConditionHeaderValue(new EntityTagHeaderValue("\"an-older-version\""));

        using var response = await _host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(_episode.Length, (await response.Content.ReadAsByteArrayAsync()).Length);
    }

    [S3Fact]
    public async Task Get_MissingKey_Returns404()
    {
        using var response = await _host.Client.GetAsync(new Uri("/media/audio/city/missing.mp3", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [S3Fact]
    public async Task Get_WithAPublicBaseUrl_RedirectsToTheBucket()
    {
        var settings = _server.Settings();
        settings["Media:S3:PublicBaseUrl"] = $"{S3TestServer.Url}/{S3TestServer.Bucket}/{_server.Prefix}";
        await using var host = A11yFeedApplication.StartWithSamples(settings);

        using var response = await host.Client.GetAsync(new Uri(Path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        // s3rver serves a public read too, so following the redirect gets the very bytes that were stored.
        using var direct = new HttpClient();
        Assert.Equal(_episode, await direct.GetByteArrayAsync(response.Headers.Location));
    }
}
