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
        // Timeouts are per attempt and enforced by the client, so the HttpClient's own one must not cut in first.
        services.AddHttpClient(AzureSpeechClient.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan);
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
