using System.Text.Json;
using A11yFeed.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace A11yFeed.Tests.Hosting;

/// <summary>
/// The real application (web host, Hangfire workers, SQLite, espeak-ng, lame) on a temporary folder that holds its
/// feeds directory and its data. Hangfire keeps global state, so tests using this run one at a time (see
/// <see cref="ApplicationCollection"/>).
/// </summary>
public sealed class A11yFeedApplication : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings = [];
    private TimeProvider? _clock;

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

    /// <summary>Writes a source definition file, as an operator would.</summary>
    public A11yFeedApplication WithSource(string id, object definition)
    {
        File.WriteAllText(Path.Combine(FeedsDirectory, id + ".json"), JsonSerializer.Serialize(definition));
        return this;
    }

    public async Task<T> QueryAsync<T>(Func<A11yFeedDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<A11yFeedDbContext>());
    }

    /// <summary>Waits for the pipeline to reach a state; fails with <paramref name="what"/> after the timeout.</summary>
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
        if (_clock is { } clock)
        {
            builder.ConfigureServices(services => services.AddSingleton(clock));
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
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
