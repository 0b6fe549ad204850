using System.Net;
using System.Net.Http.Headers;
using A11yFeed.Tests.Hosting;

namespace A11yFeed.Tests.Web;

public sealed class MediaEndpointsTests
{
    private static readonly byte[] Audio = [.. Enumerable.Range(0, 1000).Select(i => (byte)(i % 251))];

    [Fact]
    public async Task Get_WholeFile_IsAudioMpegAndAcceptsRanges()
    {
        await using var host = await StartWithAudioAsync();

        using var response = await host.Client.GetAsync(new Uri("/media/audio/city/1-aa11bb22.mp3", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("audio/mpeg", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("bytes", Assert.Single(response.Headers.AcceptRanges));
        Assert.Equal(Audio, await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Get_Range_Returns206WithExactBytes()
    {
        await using var host = await StartWithAudioAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/media/audio/city/1-aa11bb22.mp3", UriKind.Relative));
        request.Headers.Range = new RangeHeaderValue(100, 199);

        using var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal("bytes 100-199/1000", response.Content.Headers.ContentRange!.ToString());
        Assert.Equal(Audio[100..200], await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Get_SuffixRange_ReturnsTheLastBytes()
    {
        await using var host = await StartWithAudioAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/media/audio/city/1-aa11bb22.mp3", UriKind.Relative));
        request.Headers.Range = new RangeHeaderValue(null, 10);

        using var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal("bytes 990-999/1000", response.Content.Headers.ContentRange!.ToString());
        Assert.Equal(Audio[990..], await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Get_WithItsETag_Returns304AndWithAnotherTheBytes()
    {
        await using var host = await StartWithAudioAsync();
        using var first = await host.Client.GetAsync(new Uri("/media/audio/city/1-aa11bb22.mp3", UriKind.Relative));
        using var same = new HttpRequestMessage(HttpMethod.Get, new Uri("/media/audio/city/1-aa11bb22.mp3", UriKind.Relative));
        same.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var other = new HttpRequestMessage(HttpMethod.Get, new Uri("/media/audio/city/1-aa11bb22.mp3", UriKind.Relative));
        other.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"something-else\""));

        using var notModified = await host.Client.SendAsync(same);
        using var modified = await host.Client.SendAsync(other);

        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.OK, modified.StatusCode);
        Assert.Equal(Audio, await modified.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Get_RangeBeyondEnd_Returns416()
    {
        await using var host = await StartWithAudioAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/media/audio/city/1-aa11bb22.mp3", UriKind.Relative));
        request.Headers.Range = new RangeHeaderValue(5000, 6000);

        using var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestedRangeNotSatisfiable, response.StatusCode);
        Assert.Equal("bytes */1000", response.Content.Headers.ContentRange!.ToString());
    }

    [Fact]
    public async Task Head_ReturnsLengthWithoutBody()
    {
        await using var host = await StartWithAudioAsync();
        using var request = new HttpRequestMessage(HttpMethod.Head, new Uri("/media/audio/city/1-aa11bb22.mp3", UriKind.Relative));

        using var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1000, response.Content.Headers.ContentLength);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("/media/audio/city/missing.mp3")]
    [InlineData("/media/../a11yfeed.db")]
    [InlineData("/media/%2e%2e/a11yfeed.db")]
    [InlineData("/media/audio/%2e%2e/%2e%2e/a11yfeed.db")]
    [InlineData("/media/%2E%2E%2Fa11yfeed.db")]
    [InlineData("/media/..%5Ca11yfeed.db")]
    [InlineData("/media//etc/passwd")]
    [InlineData("/media/%2Fetc%2Fpasswd")]
    [InlineData("/media/C:%5CWindows%5Cwin.ini")]
    [InlineData("/media/")]
    public async Task Get_MissingOrTraversal_Returns404(string path)
    {
        await using var host = await StartWithAudioAsync();
        Assert.True(File.Exists(Path.Combine(host.DataDirectory, "a11yfeed.db")));

        using var response = await host.Client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Get_AStoredRecordThatIsNotAudio_Returns404()
    {
        // The bulletins keep each day's record as JSON in the same store; it changes during the day, so it must not
        // be served as immutable media.
        await using var host = await StartWithAudioAsync();
        var record = Path.Combine(host.Root, "record.json");
        await File.WriteAllTextAsync(record, "{}");
        await host.Media.PutFileAsync("bulletins/city/2026-11-28.json", record, CancellationToken.None);

        using var response = await host.Client.GetAsync(new Uri("/media/bulletins/city/2026-11-28.json", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static async Task<A11yFeedApplication> StartWithAudioAsync()
    {
        var host = A11yFeedApplication.StartWithSamples();
        var local = Path.Combine(host.Root, "episode.mp3");
        await File.WriteAllBytesAsync(local, Audio);
        await host.Media.PutFileAsync("audio/city/1-aa11bb22.mp3", local, CancellationToken.None);
        return host;
    }
}
