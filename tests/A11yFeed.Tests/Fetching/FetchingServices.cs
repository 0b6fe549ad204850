using A11yFeed.Extraction;
using A11yFeed.Fetching;
using A11yFeed.Sources;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace A11yFeed.Tests.Fetching;

/// <summary>The real fetching and discovery registrations, with the politeness delays and retry waits turned down for tests.</summary>
public static class FetchingServices
{
    public static ServiceProvider Build(params (string Key, string Value)[] overrides) => Build(null, overrides);

    /// <summary>The same, with <paramref name="clock"/> (a FakeTimeProvider) driving timeouts and delays.</summary>
    public static ServiceProvider Build(TimeProvider? clock, params (string Key, string Value)[] overrides)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Fetch:MinDelayPerHost"] = "00:00:00",
            // The test sites listen on 127.0.0.1; everything else internal stays refused, as in production.
            ["Fetch:AllowedInternalHosts:0"] = "127.0.0.1",
            ["Fetch:RetryDelay"] = "00:00:00",
            ["Fetch:Timeout"] = "00:00:05",
        };
        foreach (var (key, value) in overrides)
        {
            settings[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        if (clock is not null)
        {
            services.AddSingleton(clock);
        }

        services.AddFetching(configuration).AddSources(configuration).AddExtraction();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public static IDocumentFetcher Fetcher(this ServiceProvider provider) => provider.GetRequiredService<IDocumentFetcher>();
}
