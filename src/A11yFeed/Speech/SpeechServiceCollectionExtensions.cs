using Microsoft.Extensions.DependencyInjection.Extensions;

namespace A11yFeed.Speech;

public static class SpeechServiceCollectionExtensions
{
    /// <summary>Registers the speech engines (as <see cref="ISpeechEngine"/>), their options and the engine selector.</summary>
    public static IServiceCollection AddSpeech(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SpeechOptions>()
            .Bind(configuration.GetSection(SpeechOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton<EspeakSpeechEngine>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISpeechEngine, EspeakSpeechEngine>(sp => sp.GetRequiredService<EspeakSpeechEngine>()));
        services.TryAddSingleton<SpeechEngineSelector>();
        return services;
    }
}
