using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Xml.Linq;
using A11yFeed.Feeds;
using A11yFeed.Storage;
using A11yFeed.Tests.Audio;
using A11yFeed.Tests.Hosting;
using Microsoft.EntityFrameworkCore;

namespace A11yFeed.Tests.Feeds;

/// <summary>
/// What a podcast app does, against the whole application after the real pipeline has spoken two articles:
/// read the RSS, check each enclosure with HEAD, download it in ranges, play it.
/// </summary>
[Collection(ApplicationCollection.Name)]
public sealed class PodcastClientWalkTests : IAsyncLifetime
{
    private A11yFeedApplication _app = null!;

    public async Task InitializeAsync()
    {
        _app = new A11yFeedApplication().With("Feeds:SiteTitle", "Harbour radio");
        var folder = Path.Combine(_app.Root, "articles");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "ferry.txt"), """
            The morning ferry runs again

            The harbour ferry returned to its winter timetable on Monday, with the first crossing at seven.
            """);
        await File.WriteAllTextAsync(Path.Combine(folder, "choir.txt"), """
            Choir seeks new voices

            The town choir invites singers of every age to an open rehearsal in the library hall on Thursday.
            """);
        _app.WithSource("harbour", new { title = "Harbour news", kind = "folder", location = folder, language = "en" });

        _ = _app.Services;
        await _app.WaitUntilAsync(
            "both articles are ready with audio",
            async db => await db.Articles.CountAsync(a => a.Status == ArticleStatus.Ready && a.AudioKey != null) == 2,
            TimeSpan.FromMinutes(2));
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Walk_EveryEnclosureAnswersHeadAndRangesAndPlaysForItsStatedDuration()
    {
        using var client = _app.CreateClient();
        var rss = XDocument.Parse(await client.GetStringAsync(new Uri("/feeds/harbour.rss", UriKind.Relative)));
        var items = rss.Descendants("item").ToList();
        Assert.Equal(2, items.Count);

        foreach (var item in items)
        {
            var enclosure = item.Element("enclosure")!;
            var url = new Uri((string)enclosure.Attribute("url")!);
            var length = long.Parse((string)enclosure.Attribute("length")!, CultureInfo.InvariantCulture);
            var statedSeconds = int.Parse(item.Element(XName.Get("duration", RssFeedWriter.ITunesNamespace))!.Value, CultureInfo.InvariantCulture);
            Assert.Equal("audio/mpeg", (string?)enclosure.Attribute("type"));

            using (var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url)))
            {
                Assert.Equal(HttpStatusCode.OK, head.StatusCode);
                Assert.Equal(length, head.Content.Headers.ContentLength);
                Assert.Contains("bytes", head.Headers.AcceptRanges);
                Assert.Equal("audio/mpeg", head.Content.Headers.ContentType!.MediaType);
            }

            var whole = await client.GetByteArrayAsync(url);
            Assert.Equal(length, whole.LongLength);

            // Three pieces as a player seeking and resuming would ask: start, middle, and an open-ended rest.
            var third = length / 3;
            var pieces = new List<byte[]>();
            foreach (var (from, to) in new (long From, long? To)[] { (0, third - 1), (third, 2 * third - 1), (2 * third, null) })
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, url);
                request.Headers.Range = new RangeHeaderValue(from, to);
                using var response = await client.SendAsync(request);
                Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
                Assert.Equal(from, response.Content.Headers.ContentRange!.From);
                Assert.Equal(length, response.Content.Headers.ContentRange.Length);
                pieces.Add(await response.Content.ReadAsByteArrayAsync());
            }

            var joined = pieces.SelectMany(p => p).ToArray();
            Assert.Equal(whole, joined);

            var path = Path.Combine(_app.Root, Path.GetFileName(url.AbsolutePath));
            await File.WriteAllBytesAsync(path, joined);
            var decoded = AudioTestTools.DecodedDuration(path);
            Assert.InRange(decoded.TotalSeconds, statedSeconds - 1.0, statedSeconds + 1.0);
            Assert.True(decoded > TimeSpan.FromSeconds(3), $"{url} decodes to only {decoded}");
        }
    }
}
