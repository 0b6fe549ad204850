using Microsoft.Extensions.DependencyInjection.Extensions;

namespace A11yFeed.Episodes;

public static class EpisodesServiceCollectionExtensions
{
    /// <summary>The episode renderer; it also needs AddText, AddSpeech, AddAudio and an IMediaStore.</summary>
    public static IServiceCollection AddEpisodes(this IServiceCollection services)
    {
        services.TryAddSingleton<EpisodeAssembler>();
        services.TryAddSingleton<EpisodeRenderer>();
        return services;
    }
}
