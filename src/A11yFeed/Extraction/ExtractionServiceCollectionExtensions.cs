namespace A11yFeed.Extraction;

public static class ExtractionServiceCollectionExtensions
{
    /// <summary>Registers the stateless <see cref="ArticleExtractor"/> and the page loader (which needs AddFetching).</summary>
    public static IServiceCollection AddExtraction(this IServiceCollection services)
    {
        services.AddSingleton<ArticleExtractor>();
        services.AddSingleton<ArticlePageLoader>();
        return services;
    }
}
