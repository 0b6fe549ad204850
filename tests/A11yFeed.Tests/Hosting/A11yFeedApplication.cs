using System.Net;
using System.Text.Json;
using A11yFeed.Jobs;
using A11yFeed.Storage;
using A11yFeed.Tests.Publishing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace A11yFeed.Tests.Hosting;

/// <summary>
/// The real application, composed by <c>Program</c>, on a temporary folder that holds its feeds directory, its SQLite
/// files and its media folder. Options set before the host starts choose the settings, the clock, whether the
/// Hangfire servers and the source schedule run, and whether it listens on loopback Kestrel (for a browser or an
/// outside client) or on the in-memory test server. Hangfire keeps global state, so tests whose jobs run use
/// <see cref="ApplicationCollection"/>, which runs them one at a time.
/// </summary>
public sealed class A11yFeedApplication : WebApplicationFactory<Program>
{
    /// <summary>The fixed "now" of <see cref="StartWithSamples"/>, the one the golden feeds were written at.</summary>
    public static readonly DateTimeOffset SampleNow = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);

    private readonly Dictionary<string, string?> _settings = [];
    private TimeProvider? _clock;
    private bool _jobServers = true;
    private HttpClient? _client;

    public A11yFeedApplication()
    {
        Root = Directory.CreateTempSubdirectory("a11yfeed-app-").FullName;
        Directory.CreateDirectory(FeedsDirectory);
        _settings["Sources:Directory"] = FeedsDirectory;
        _settings["Storage:DataDirectory"] = DataDirectory;
        _settings["Jobs:QueuePollInterval"] = "00:00:00.200";
        _settings["Jobs:SpeechWorkers"] = "2";
        _settings["Fetch:MinDelayPerHost"] = "00:00:00";
        // The test sites listen on 127.0.0.1; everything else internal stays refused, as in production.
        _settings["Fetch:AllowedInternalHosts:0"] = "127.0.0.1";
    }

    public string Root { get; }
    public string FeedsDirectory => Path.Combine(Root, "feeds");
    public string DataDirectory => Path.Combine(Root, "data");
    public string MediaDirectory => Path.Combine(DataDirectory, "media");

    /// <summary>The loopback address after <see cref="OnLoopback"/> and <see cref="WebApplicationFactory{T}.StartServer"/>.</summary>
    public Uri BaseUrl =>
        new(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/') + "/");

    /// <summary>
    /// One raw client for the test, made on first use and disposed with the application: it follows no redirect and
    /// keeps no cookie, so tests see each response as the server sent it.
    /// </summary>
    public HttpClient Client => _client ??= CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    /// <summary>The clock given to <see cref="WithClock"/>, when it is a fake one the test moves.</summary>
    public FakeTimeProvider Clock => _clock as FakeTimeProvider ?? throw new InvalidOperationException("This application runs on the real clock.");

    public IMediaStore Media => Services.GetRequiredService<IMediaStore>();

    /// <summary>
    /// The reading site and feeds over the two sample sources, on the fixed clock of the golden files, with no job
    /// server: what the page, feed and caching tests need, started and ready for requests.
    /// </summary>
    public static A11yFeedApplication StartWithSamples(IDictionary<string, string?>? settings = null)
    {
        var app = new A11yFeedApplication().WithSampleSources().WithClock(new FakeTimeProvider(SampleNow)).WithoutJobServers();
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            app.With(key, value);
        }

        _ = app.Services;
        return app;
    }

    /// <summary>Sets a configuration value; call before the first request or <see cref="WebApplicationFactory{T}.Services"/>.</summary>
    public A11yFeedApplication With(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    /// <summary>Replaces the application's clock (Hangfire's own scheduling keeps the real one).</summary>
    public A11yFeedApplication WithClock(TimeProvider clock)
    {
        _clock = clock;
        return this;
    }

    /// <summary>
    /// Leaves out the Hangfire servers and the source schedule: nothing is polled, extracted or spoken, and the
    /// database holds only what the test puts there.
    /// </summary>
    public A11yFeedApplication WithoutJobServers()
    {
        _jobServers = false;
        return this;
    }

    /// <summary>Serves on a free port of 127.0.0.1 through Kestrel instead of the in-memory test server.</summary>
    public A11yFeedApplication OnLoopback()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        return this;
    }

    /// <summary>Writes a source definition file, as an operator would.</summary>
    public A11yFeedApplication WithSource(string id, object definition)
    {
        File.WriteAllText(Path.Combine(FeedsDirectory, id + ".json"), JsonSerializer.Serialize(definition));
        return this;
    }

    /// <summary>Defines the sources of <see cref="SampleArticles.Catalog"/> by files, with a folder of the demo source's own.</summary>
    public A11yFeedApplication WithSampleSources()
    {
        foreach (var source in SampleArticles.Catalog.All)
        {
            // A folder source must name a folder that exists; pages and feeds never show where it is.
            var location = source.Kind == A11yFeed.Sources.SourceKind.Folder
                ? Directory.CreateDirectory(Path.Combine(Root, source.Id)).FullName
                : source.Location;
            WithSource(source.Id, new
            {
                id = source.Id, title = source.Title, kind = source.Kind.ToString().ToLowerInvariant(), location,
                language = source.Language, description = source.Description,
            });
        }

        return this;
    }

    public async Task<T> QueryAsync<T>(Func<A11yFeedDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<A11yFeedDbContext>());
    }

    /// <summary>Changes rows through the application's own database context and saves them.</summary>
    public Task ChangeAsync(Action<A11yFeedDbContext> change) => QueryAsync(async db =>
    {
        change(db);
        return await db.SaveChangesAsync();
    });

    public Task AddArticlesAsync(params Article[] articles) => ChangeAsync(db => db.Articles.AddRange(articles));

    /// <summary>Stores <see cref="SampleArticles.Golden"/>: ids 1, 2 and 3 in a fresh database.</summary>
    public Task SeedGoldenArticlesAsync() => AddArticlesAsync(SampleArticles.Golden());

    /// <summary>GET that must succeed; the body as text.</summary>
    public async Task<string> GetStringAsync(string path)
    {
        using var response = await Client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.True(response.IsSuccessStatusCode, $"GET {path} returned {(int)response.StatusCode}");
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>
    /// Waits for the Hangfire workers to bring the pipeline to a state. The bound is for real work (espeak-ng, lame,
    /// loopback HTTP) finishing, never a clock under test; on failure it says what the database holds.
    /// </summary>
    public async Task WaitUntilAsync(string what, Func<A11yFeedDbContext, Task<bool>> condition, TimeSpan timeout)
    {
        var deadline = TimeProvider.System.GetTimestamp() + (long)(timeout.TotalSeconds * TimeProvider.System.TimestampFrequency);
        while (!await QueryAsync(condition))
        {
            if (TimeProvider.System.GetTimestamp() > deadline)
            {
                Assert.Fail($"Timed out after {timeout} waiting until {what}. {await QueryAsync(DescribeAsync)}");
            }

            await Task.Delay(200);
        }
    }

    private static async Task<string> DescribeAsync(A11yFeedDbContext db)
    {
        var articles = await db.Articles.AsNoTracking().Select(a => $"{a.Id} {a.Url} {a.Status} {a.LastError}").ToListAsync();
        var sources = await db.Sources.AsNoTracking().Select(s => $"{s.Id} polled {s.LastPolledAt} error {s.LastError}").ToListAsync();
        return $"Sources: [{string.Join("; ", sources)}] Articles: [{string.Join("; ", articles)}]";
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // Warnings and errors only: a failing test shows what went wrong without pages of request logs.
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(_settings));
        builder.ConfigureTestServices(services =>
        {
            if (_clock is { } clock)
            {
                services.AddSingleton(clock);
            }

            if (!_jobServers)
            {
                RemoveJobServers(services);
            }
        });
    }

    private static void RemoveJobServers(IServiceCollection services)
    {
        var workers = services
            .Where(d => d.ServiceType == typeof(IHostedService)
                && (d.ImplementationType == typeof(JobServers)
                    || d.ImplementationType == typeof(ScheduleOwner)
                    || d.ImplementationType == typeof(A11yFeed.Bulletins.BulletinSchedule)))
            .ToList();
        if (workers.Count != 3)
        {
            throw new InvalidOperationException("The job servers, the schedule owner and the bulletin schedule were not found to leave out.");
        }

        foreach (var worker in workers)
        {
            services.Remove(worker);
        }
    }

    // Hangfire logs through one process-wide provider, which each host points at its own logger factory. Left there
    // once the host is disposed, the next Hangfire type to start up in this process (its filters, the PostgreSQL
    // installer) asks that disposed factory for a logger and fails for good, and every later test with it.
    public override async ValueTask DisposeAsync()
    {
        Hangfire.Logging.LogProvider.SetCurrentLogProvider(null);
        await base.DisposeAsync();
    }

    protected override void Dispose(bool disposing)
    {
        Hangfire.Logging.LogProvider.SetCurrentLogProvider(null);
        base.Dispose(disposing);
        if (disposing)
        {
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(Root, recursive: true);
            }
            catch (IOException)
            {
                // A worker may still hold a file for a moment; the temp folder is cleaned by the OS.
            }
        }
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ApplicationCollection
{
    public const string Name = "Application";
}
