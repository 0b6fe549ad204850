using A11yFeed.Model;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace A11yFeed.Audio;

public static class AudioServiceCollectionExtensions
{
    /// <summary>Audio options (section "Audio") the MP3 encoder and decoder.</summary>
    public static IServiceCollection AddAudio(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<AudioOptions>(configuration, AudioOptions.Section);
        services.TryAddSingleton<Mp3Encoder>();
        services.TryAddSingleton<Mp3Decoder>();
        return services;
    }
}
