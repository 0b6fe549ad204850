using A11yFeed.Hosting;
using A11yFeed.Speech.Azure;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace A11yFeed.Speech;

public static class SpeechServiceCollectionExtensions
{
    /// <summary>Registers the speech engines (as <see cref="ISpeechEngine"/>), their options and the engine selector.</summary>
    public static IServiceCollection AddSpeech(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<SpeechOptions>(configuration, SpeechOptions.Section);
        services.TryAddSingleton<EspeakSpeechEngine>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISpeechEngine, EspeakSpeechEngine>(sp => sp.GetRequiredService<EspeakSpeechEngine>()));
        services.AddAzureSpeech(configuration);
        services.TryAddSingleton<SpeechEngineSelector>();
        return services;
    }
}
