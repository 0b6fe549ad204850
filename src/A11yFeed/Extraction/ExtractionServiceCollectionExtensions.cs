namespace A11yFeed.Extraction;

public static class ExtractionServiceCollectionExtensions
{
    /// <summary>Registers the stateless <see cref="ArticleExtractor"/> as a singleton.</summary>
    public static IServiceCollection AddExtraction(this IServiceCollection services)
    {
        services.AddSingleton<ArticleExtractor>();
        return services;
    }
}
