using A11yFeed.Extraction;
using Microsoft.Extensions.DependencyInjection;

namespace A11yFeed.Tests.Extraction;

public class ExtractionServiceCollectionExtensionsTests
{
    [Fact]
    public void AddExtraction_RegistersOneSharedExtractor()
    {
        using var provider = new ServiceCollection().AddExtraction().BuildServiceProvider();

        Assert.Same(provider.GetRequiredService<ArticleExtractor>(), provider.GetRequiredService<ArticleExtractor>());
    }
}
