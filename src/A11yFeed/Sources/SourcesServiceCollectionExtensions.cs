using A11yFeed.Model;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace A11yFeed.Sources;

public static class SourcesServiceCollectionExtensions
{
    /// <summary>The source catalog (loaded once, from the feeds folder) and the readers that discover articles.</summary>
    public static IServiceCollection AddSources(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<SourcesOptions>(configuration, SourcesOptions.Section);

        services.AddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<SourcesOptions>>().Value;
            return SourceCatalogLoader.Load(Path.GetFullPath(options.Directory));
        });
        // Discovery: what each kind of source lists, read through the fetching stage.
        services.TryAddSingleton<FeedSourceReader>();
        services.TryAddSingleton<PageSourceReader>();
        services.TryAddSingleton<FolderSourceReader>();
        services.TryAddSingleton<SourceReader>();
        return services;
    }
}
