using System.Text.Json;

namespace A11yFeed.Bench.Feeds;

/// <summary>
/// Prepares a folder for `a11yfeed serve` to be measured: source definitions in feeds/ and a store in data/
/// with ready articles, as the service would have after speaking them (no audio files: feeds do not read them).
/// With a PostgreSQL connection string the articles go to that database instead (Storage:Provider=Postgres).
/// </summary>
internal static class FeedSeed
{
    public static async Task CreateAsync(string root, int articles, string? postgres = null)
    {
        var feeds = Path.Combine(root, "feeds");
        var data = Path.Combine(root, "data");
        var empty = Path.Combine(root, "empty");
        Directory.CreateDirectory(feeds);
        Directory.CreateDirectory(data);
        Directory.CreateDirectory(empty);
        foreach (var source in BenchFeedStore.Catalog(empty).All)
        {
            // Polled hourly from an empty folder: nothing is found, so no job competes with the measurement.
            var definition = new { title = source.Title, kind = "folder", location = empty, language = source.Language, pollInterval = "01:00:00" };
            await File.WriteAllTextAsync(Path.Combine(feeds, source.Id + ".json"), JsonSerializer.Serialize(definition));
        }

        if (postgres is not null)
        {
            await BenchFeedStore.CreatePostgresAsync(postgres, articles);
            return;
        }

        await BenchFeedStore.CreateAsync(Path.Combine(data, "a11yfeed.db"), articles);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }
}
