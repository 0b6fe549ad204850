using A11yFeed.Speech;
using A11yFeed.Speech.Azure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace A11yFeed.Tests.Speech.Azure;

/// <summary>The speech services as the application registers them, pointed at a fake Azure, with every log line kept.</summary>
internal sealed class AzureTestServices : IDisposable
{
    private readonly ServiceProvider _provider;

    public AzureTestServices(FakeAzureSpeechService fake, IDictionary<string, string?>? settings = null, TimeProvider? clock = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Speech:Azure:Key"] = FakeAzureSpeechService.Key,
            ["Speech:Azure:Endpoint"] = fake.SynthesisEndpoint.AbsoluteUri,
            ["Speech:Azure:TokenEndpoint"] = fake.TokenEndpoint.AbsoluteUri,
            ["Speech:Azure:RetryDelay"] = "00:00:00.010",
            ["Speech:Azure:Timeout"] = "00:00:20",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace));
        if (clock is not null)
        {
            services.AddSingleton(clock);
        }

        services.AddSpeech(configuration);
        _provider = services.BuildServiceProvider();
    }

    public CapturingLoggerProvider Logs { get; } = new();

    public AzureSpeechEngine Engine => _provider.GetRequiredService<AzureSpeechEngine>();

    public SpeechEngineSelector Selector => _provider.GetRequiredService<SpeechEngineSelector>();

    public AzureSpeechOptions Options => _provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<AzureSpeechOptions>>().Value;

    public void Dispose() => _provider.Dispose();
}
