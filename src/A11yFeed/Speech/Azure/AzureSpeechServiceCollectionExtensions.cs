using A11yFeed.Model;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace A11yFeed.Speech.Azure;

public static class AzureSpeechServiceCollectionExtensions
{
    /// <summary>Registers the Azure engine as an <see cref="ISpeechEngine"/>; it is enabled only when a key is configured.</summary>
    public static IServiceCollection AddAzureSpeech(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<AzureSpeechOptions>(configuration, AzureSpeechOptions.Section)
            .PostConfigure(options =>
            {
                if (string.IsNullOrWhiteSpace(options.Key))
                {
                    options.Key = Environment.GetEnvironmentVariable(AzureSpeechOptions.KeyEnvironmentVariable);
                }
            });
        services.TryAddSingleton(TimeProvider.System);
        // Timeouts are per attempt and enforced by the resilience pipeline and the token provider, so the
        // HttpClient's own one must not cut in first.
        services.AddHttpClient(AzureTokenProvider.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan);
        services.TryAddTransient<AzureTokenHandler>();
        // Handlers run outermost first: each retry gets its own token and a 401 its one refresh.
        var synthesis = services.AddHttpClient(AzureSpeechClient.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan);
        synthesis.AddResilienceHandler("azure-speech", AzureSpeechResilience.Configure);
        synthesis.AddHttpMessageHandler<AzureTokenHandler>();
        services.TryAddSingleton<AzureTokenProvider>();
        services.TryAddSingleton<AzureSpeechClient>();
        services.TryAddSingleton(sp => new AzureSpeechEngine(
            sp.GetRequiredService<AzureSpeechClient>(),
            sp.GetRequiredService<IOptions<AzureSpeechOptions>>(),
            sp.GetRequiredService<ILogger<AzureSpeechEngine>>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISpeechEngine, AzureSpeechEngine>(sp => sp.GetRequiredService<AzureSpeechEngine>()));
        return services;
    }
}
