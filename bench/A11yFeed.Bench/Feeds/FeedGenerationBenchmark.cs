using System.Diagnostics;
using A11yFeed.Feeds;
using A11yFeed.Publishing;
using Microsoft.Extensions.Options;

namespace A11yFeed.Bench.Feeds;

/// <summary>
/// Time to build a source's first feed page (query plus RSS writing, as one request does) from a store of
/// 100 articles per source and one of 10,000, at the same page size. Repetitions alternate between the stores
/// so both see the same machine load; medians of per-request times are compared.
/// </summary>
internal static class FeedGenerationBenchmark
{
    public static readonly int[] Sizes = [100, 10_000];

    /// <summary>The stores measured: both sizes as the service creates them, and the large one without its feed-order index.</summary>
    private static readonly (string Name, int Size, bool Indexed)[] Stores =
        [("100", 100, true), ("10000", 10_000, true), ("10000-no-index", 10_000, false)];

    public static async Task<List<GenerationResult>> RunAsync(int repetitions, int requestsPerRepetition, TextWriter log)
    {
        var folder = Directory.CreateTempSubdirectory("a11yfeed-bench-feeds-").FullName;
        try
        {
            var options = Options.Create(new FeedOptions());
            var catalog = BenchFeedStore.Catalog(folder);
            var links = new FeedLinks(new Uri("https://feeds.example.org/"));
            var writer = new RssFeedWriter(options);
            var paths = new Dictionary<string, string>();
            foreach (var store in Stores)
            {
                paths[store.Name] = Path.Combine(folder, $"store-{store.Name}.db");
                await BenchFeedStore.CreateAsync(paths[store.Name], store.Size, store.Indexed);
            }

            async Task<double> OneRequestAsync(string path)
            {
                var watch = Stopwatch.StartNew();
                // A new context per request, as the service's scoped one is.
                await using var db = BenchFeedStore.Open(path);
                var query = new FeedQuery(db, catalog, options, TimeProvider.System);
                var content = await query.LoadAsync(BenchFeedStore.SourceId, CancellationToken.None);
                var bytes = writer.Write(content!, links);
                watch.Stop();
                return bytes.Length > 0 ? watch.Elapsed.TotalMilliseconds : double.NaN;
            }

            foreach (var store in Stores)
            {
                for (var i = 0; i < 20; i++)
                {
                    await OneRequestAsync(paths[store.Name]); // warm-up: JIT, EF model, SQLite page cache
                }
            }

            var samples = Stores.ToDictionary(s => s.Name, _ => new List<double>());
            for (var rep = 0; rep < repetitions; rep++)
            {
                foreach (var store in rep % 2 == 0 ? Stores : Stores.Reverse())
                {
                    for (var i = 0; i < requestsPerRepetition; i++)
                    {
                        samples[store.Name].Add(await OneRequestAsync(paths[store.Name]));
                    }
                }
            }

            var results = Stores.Select(store => new GenerationResult(
                store.Size, store.Indexed, options.Value.ItemsPerFeed, samples[store.Name].Count, Median(samples[store.Name]))).ToList();
            foreach (var result in results)
            {
                log.WriteLine($"{result.ArticlesPerSource} articles per source{(result.FeedOrderIndex ? "" : " without the feed-order index")}: median {result.MedianMs:F3} ms over {result.Requests} requests");
            }

            return results;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    public static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}

internal sealed record GenerationResult(int ArticlesPerSource, bool FeedOrderIndex, int PageSize, int Requests, double MedianMs);
