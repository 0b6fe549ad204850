using System.Text.Json;
using A11yFeed.Audio;
using A11yFeed.Episodes;
using A11yFeed.Extraction;
using A11yFeed.Feeds;
using A11yFeed.Fetching;
using A11yFeed.Hosting;
using A11yFeed.Jobs;
using A11yFeed.Publishing;
using A11yFeed.Sources;
using A11yFeed.Speech;
using A11yFeed.Storage;
using A11yFeed.Text;
using Hangfire;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace A11yFeed.Tests.Jobs;

/// <summary>
/// The service's own registrations on a temporary folder, with no host started: jobs run when a test calls them, and
/// what they queue stays in the real Hangfire SQLite storage to be counted. Hangfire keeps global state, so tests
/// using this run in <see cref="Hosting.ApplicationCollection"/>.
/// </summary>
public sealed class JobsHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private JobsHarness(string root, ServiceProvider services, FakeTimeProvider clock)
    {
        Root = root;
        _services = services;
        Clock = clock;
    }

    public string Root { get; }
    public FakeTimeProvider Clock { get; }
    public IServiceProvider Services => _services;

    /// <summary>Writes the source definitions, builds the services and brings the storage up to date (no source rows yet).</summary>
    public static async Task<JobsHarness> StartAsync(IReadOnlyDictionary<string, object> sources, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var root = Directory.CreateTempSubdirectory("a11yfeed-jobs-").FullName;
        var feeds = Directory.CreateDirectory(Path.Combine(root, "feeds")).FullName;
        foreach (var (id, definition) in sources)
        {
            await File.WriteAllTextAsync(Path.Combine(feeds, id + ".json"), JsonSerializer.Serialize(definition));
        }

        var values = new Dictionary<string, string?>
        {
            ["Sources:Directory"] = feeds,
            ["Storage:DataDirectory"] = Path.Combine(root, "data"),
            ["Fetch:MinDelayPerHost"] = "00:00:00",
            // The test sites listen on 127.0.0.1; everything else internal stays refused, as in production.
            ["Fetch:AllowedInternalHosts:0"] = "127.0.0.1",
            ["Fetch:RetryDelay"] = "00:00:00",
            ["Jobs:PollTimeout"] = "00:00:10",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero));
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(configuration)
            .AddHosting()
            .AddSources(configuration)
            .AddFetching(configuration)
            .AddExtraction()
            .AddText(configuration)
            .AddSpeech(configuration)
            .AddAudio(configuration)
            .AddEpisodes()
            .AddStorage(configuration)
            .AddPublishing(configuration)
            .AddFeeds()
            .AddJobs(configuration)
            .AddSingleton<TimeProvider>(clock)
            .BuildServiceProvider();
        await services.PrepareStorageAsync();
        return new JobsHarness(root, services, clock);
    }

    /// <summary>Runs <paramref name="action"/> on a job resolved in its own scope, as Hangfire would.</summary>
    public async Task RunAsync<TJob>(Func<TJob, Task> action)
        where TJob : notnull
    {
        await using var scope = _services.CreateAsyncScope();
        await action(scope.ServiceProvider.GetRequiredService<TJob>());
    }

    public async Task<T> QueryAsync<T>(Func<A11yFeedDbContext, Task<T>> query)
    {
        await using var scope = _services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<A11yFeedDbContext>());
    }

    public long EnqueuedCount(string queue) => _services.GetRequiredService<JobStorage>().GetMonitoringApi().EnqueuedCount(queue);

    /// <summary>The first argument of every job waiting in <paramref name="queue"/> for <typeparamref name="TJob"/>.</summary>
    public IReadOnlyList<object?> EnqueuedArguments<TJob>(string queue) =>
        _services.GetRequiredService<JobStorage>().GetMonitoringApi().EnqueuedJobs(queue, 0, 1000)
            .Select(j => j.Value.Job)
            .Where(job => job?.Type == typeof(TJob))
            .Select(job => job!.Args[0])
            .ToList();

    public async ValueTask DisposeAsync()
    {
        // Before the logger factory goes: Hangfire's process-wide log provider must not outlive it (see A11yFeedApplication).
        Hangfire.Logging.LogProvider.SetCurrentLogProvider(null);
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // The job storage may hold its file a moment longer; the temp folder is cleaned by the OS.
        }
    }
}
