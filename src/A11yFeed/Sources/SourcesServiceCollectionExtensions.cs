using Microsoft.Extensions.Options;

namespace A11yFeed.Sources;

public static class SourcesServiceCollectionExtensions
{
    public static IServiceCollection AddSources(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SourcesOptions>()
            .Bind(configuration.GetSection(SourcesOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<SourcesOptions>>().Value;
            return SourceCatalogLoader.Load(Path.GetFullPath(options.Directory));
        });
        return services;
    }
}
