using System.Diagnostics;
using A11yFeed.Feeds;
using A11yFeed.Publishing;
using A11yFeed.Tests.Publishing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace A11yFeed.Tests.Feeds;

/// <summary>
/// Our RSS and Atom fetched over loopback HTTP by newsboat, a terminal reader with its own parser (libnewsboat):
/// what it stores in its cache must be every episode with title, page link, guid and audio enclosure.
/// </summary>
public sealed class NewsboatCompatibilityTests : IDisposable
{
    private readonly FeedTestDatabase _database = new();

    [NewsboatFact]
    public async Task Newsboat_StoresEveryEpisodeWithItsEnclosure()
    {
        var content = await GoldenFeed.LoadAsync(_database);
        await using var server = await LoopbackFeedServer.StartAsync(new Dictionary<string, (byte[], string)>
        {
            ["all.rss"] = (new RssFeedWriter(Options.Create(new FeedOptions())).Write(content, GoldenFeed.Links), RssFeedWriter.ContentType),
            ["all.atom"] = (new AtomFeedWriter().Write(content, GoldenFeed.Links), AtomFeedWriter.ContentType),
        });

        var items = Reload(new Uri(server.Base, "all.rss"), new Uri(server.Base, "all.atom"));

        foreach (var format in new[] { "all.rss", "all.atom" })
        {
            var stored = items.Where(i => i.FeedUrl.EndsWith(format, StringComparison.Ordinal)).ToList();
            Assert.Equal(content.Items.Count, stored.Count);
            foreach (var item in content.Items)
            {
                var row = Assert.Single(stored, s => s.Title == item.Title);
                Assert.Equal(GoldenFeed.Links.Article(item.Id).AbsoluteUri, row.Url);
                Assert.Equal(GoldenFeed.Links.Media(item.AudioKey!).AbsoluteUri, row.EnclosureUrl);
                Assert.Equal("audio/mpeg", row.EnclosureType);
                Assert.Contains(item.FeedGuid, row.Guid, StringComparison.Ordinal);
            }
        }
    }

    private List<(string FeedUrl, string Title, string Url, string Guid, string EnclosureUrl, string EnclosureType)> Reload(params Uri[] feeds)
    {
        var folder = Path.Combine(_database.Folder, "newsboat");
        Directory.CreateDirectory(folder);
        var urls = Path.Combine(folder, "urls");
        var cache = Path.Combine(folder, "cache.db");
        File.WriteAllLines(urls, feeds.Select(f => f.AbsoluteUri));
        File.WriteAllText(Path.Combine(folder, "config"), "");
        var start = new ProcessStartInfo(NewsboatFactAttribute.Executable!) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-u", urls, "-c", cache, "-C", Path.Combine(folder, "config"), "-x", "reload" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["HOME"] = folder;
        using (var process = Process.Start(start)!)
        {
            var error = process.StandardError.ReadToEndAsync();
            process.StandardOutput.ReadToEnd();
            Assert.True(process.WaitForExit(TimeSpan.FromSeconds(60)), "newsboat did not finish");
            Assert.True(process.ExitCode == 0, $"newsboat exited {process.ExitCode}: {error.Result}");
        }

        using var db = new SqliteConnection($"Data Source={cache};Mode=ReadOnly;Pooling=False");
        db.Open();
        using var command = db.CreateCommand();
        command.CommandText = "SELECT feedurl, title, url, guid, enclosure_url, enclosure_type FROM rss_item";
        using var reader = command.ExecuteReader();
        var items = new List<(string, string, string, string, string, string)>();
        while (reader.Read())
        {
            items.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5)));
        }

        return items;
    }

    public void Dispose() => _database.Dispose();
}

/// <summary>A fact that needs newsboat (Debian package newsboat); skipped when it is not installed.</summary>
public sealed class NewsboatFactAttribute : FactAttribute
{
    public NewsboatFactAttribute()
    {
        if (Executable is null)
        {
            Skip = "newsboat is not installed (apt-get install newsboat, or scripts/system-packages test)";
        }
    }

    public static string? Executable { get; } =
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "newsboat"))
            .FirstOrDefault(File.Exists);
}
