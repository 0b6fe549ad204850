using System.Diagnostics;
using System.Globalization;
using A11yFeed.Feeds;
using A11yFeed.Publishing;
using A11yFeed.Tests.Publishing;
using Microsoft.Extensions.Options;

namespace A11yFeed.Tests.Feeds;

/// <summary>
/// Our RSS and Atom through sfeed, a small C reader with its own XML parser: every episode must come out with
/// its date, title, page link, id and audio enclosure.
/// </summary>
public sealed class SfeedCompatibilityTests : IDisposable
{
    private readonly FeedTestDatabase _database = new();

    [SfeedFact]
    public async Task Sfeed_ReadsEveryRssItemWithItsEnclosure()
    {
        var content = await GoldenFeed.LoadAsync(_database);
        var bytes = new RssFeedWriter(Options.Create(new FeedOptions())).Write(content, GoldenFeed.Links);

        AssertReadsEveryItem(content, Parse(bytes), id => id);
    }

    [SfeedFact]
    public async Task Sfeed_ReadsEveryAtomEntryWithItsEnclosure()
    {
        var content = await GoldenFeed.LoadAsync(_database);
        var bytes = new AtomFeedWriter().Write(content, GoldenFeed.Links);

        AssertReadsEveryItem(content, Parse(bytes), id => Guid.TryParse(id, out var g) ? $"urn:uuid:{g:D}" : "urn:a11yfeed:" + id);
    }

    private static void AssertReadsEveryItem(FeedContent content, List<string[]> rows, Func<string, string> expectedId)
    {
        Assert.Equal(2, content.Items.Count);
        Assert.Equal(content.Items.Count, rows.Count);
        foreach (var (item, row) in content.Items.Zip(rows))
        {
            // sfeed's fields: timestamp, title, link, content, content-type, id, author, enclosure, category.
            Assert.True(row.Length >= 8, string.Join(" | ", row));
            Assert.Equal(item.Published.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), row[0]);
            Assert.Equal(item.Title, row[1]);
            Assert.Equal(GoldenFeed.Links.Article(item.Id).AbsoluteUri, row[2]);
            Assert.Equal("html", row[4]);
            Assert.Equal(expectedId(item.FeedGuid), row[5]);
            Assert.Equal(GoldenFeed.Links.Media(item.AudioKey!).AbsoluteUri, row[7]);
        }
    }

    private static List<string[]> Parse(byte[] feed)
    {
        using var process = Process.Start(new ProcessStartInfo(SfeedFactAttribute.Executable!)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        process.StandardInput.BaseStream.Write(feed);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(20)), "sfeed did not finish");
        Assert.True(process.ExitCode == 0, $"sfeed exited {process.ExitCode}: {error}");
        return [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.Split('\t'))];
    }

    public void Dispose() => _database.Dispose();
}
