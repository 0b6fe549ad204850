using A11yFeed.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace A11yFeed.Audio;

public static class AudioServiceCollectionExtensions
{
    /// <summary>Registers the MP3 encoder and the episode renderer; the renderer also needs AddSpeech and an IMediaStore.</summary>
    public static IServiceCollection AddAudio(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<AudioOptions>(configuration, AudioOptions.Section);
        services.TryAddSingleton<Mp3Encoder>();
        services.TryAddSingleton<EpisodeAssembler>();
        services.TryAddSingleton<EpisodeRenderer>();
        return services;
    }
}
