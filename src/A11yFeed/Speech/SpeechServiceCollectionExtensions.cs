using A11yFeed.Model;
using A11yFeed.Speech.Azure;
using A11yFeed.Text;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace A11yFeed.Speech;

public static class SpeechServiceCollectionExtensions
{
    /// <summary>
    /// Registers the speech engines (as <see cref="ISpeechEngine"/>), their options, the engine selector, the
    /// sentence cache and the text preparer they are fed by.
    /// </summary>
    public static IServiceCollection AddSpeech(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<SpeechOptions>(configuration, SpeechOptions.Section)
            .PostConfigure(options =>
            {
                if (string.IsNullOrWhiteSpace(options.CacheDirectory))
                {
                    var data = configuration["Storage:DataDirectory"] is { Length: > 0 } folder ? folder : "data";
                    options.CacheDirectory = Path.Combine(data, "speech-cache");
                }
            });
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<SpeechTextPreparer>();
        services.TryAddSingleton<SpeechCache>();
        services.TryAddSingleton<EspeakSpeechEngine>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISpeechEngine, EspeakSpeechEngine>(sp => sp.GetRequiredService<EspeakSpeechEngine>()));
        services.AddAzureSpeech(configuration);
        services.TryAddSingleton<SpeechEngineSelector>();
        return services;
    }
}
