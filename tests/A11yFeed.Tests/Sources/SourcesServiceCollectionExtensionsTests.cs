using A11yFeed.Sources;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace A11yFeed.Tests.Sources;

public sealed class SourcesServiceCollectionExtensionsTests : IDisposable
{
    private readonly string _feeds = Directory.CreateTempSubdirectory("a11yfeed-addsources-").FullName;

    public void Dispose() => Directory.Delete(_feeds, recursive: true);

    [Fact]
    public void AddSources_LoadsTheCatalogFromTheConfiguredFolder()
    {
        File.WriteAllText(Path.Combine(_feeds, "town.json"), """{"title":"Town","kind":"feed","location":"https://town.example.org/rss.xml"}""");
        using var services = Build(_feeds);

        var catalog = services.GetRequiredService<SourceCatalog>();

        Assert.Equal("Town", catalog.Find("town")?.Title);
        Assert.Same(catalog, services.GetRequiredService<SourceCatalog>());
    }

    [Fact]
    public void AddSources_InvalidFiles_FailWithTheirProblems()
    {
        File.WriteAllText(Path.Combine(_feeds, "bad.json"), """{"kind":"feed"}""");
        using var services = Build(_feeds);

        var error = Assert.Throws<SourceDefinitionException>(() => services.GetRequiredService<SourceCatalog>());

        Assert.Contains(error.Problems, p => p.Contains("bad.json: 'title': is required"));
    }

    private static ServiceProvider Build(string directory)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Sources:Directory"] = directory })
            .Build();
        return new ServiceCollection().AddSources(configuration).BuildServiceProvider();
    }
}
