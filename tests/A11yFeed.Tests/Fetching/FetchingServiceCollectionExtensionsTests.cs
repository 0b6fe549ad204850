using A11yFeed.Fetching;
using A11yFeed.Sources;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace A11yFeed.Tests.Fetching;

public sealed class FetchingServiceCollectionExtensionsTests
{
    [Fact]
    public void AddFetching_RegistersTheWholeStage()
    {
        using var services = FetchingServices.Build();

        Assert.IsType<HttpDocumentFetcher>(services.GetRequiredService<IDocumentFetcher>());
        Assert.NotNull(services.GetRequiredService<DocumentLoader>());
        Assert.NotNull(services.GetRequiredService<SourceReader>());
        Assert.Same(services.GetRequiredService<HostRequestGate>(), services.GetRequiredService<HostRequestGate>());
    }

    [Fact]
    public void AddFetching_BindsAndValidatesTheFetchSection()
    {
        using var good = FetchingServices.Build(("Fetch:UserAgent", "A11yFeed/1.0 (+ops@example.org)"));
        using var bad = FetchingServices.Build(("Fetch:MaxRedirects", "100"));

        Assert.Equal("A11yFeed/1.0 (+ops@example.org)", good.GetRequiredService<IOptions<FetchOptions>>().Value.UserAgent);
        var error = Assert.Throws<OptionsValidationException>(() => bad.GetRequiredService<IOptions<FetchOptions>>().Value);
        Assert.Contains("MaxRedirects", error.Message);
    }

    [Fact]
    public void FetchOptions_DefaultsArePolite()
    {
        var options = new FetchOptions();

        Assert.Equal(TimeSpan.FromSeconds(30), options.Timeout);
        Assert.Equal(10 * 1024 * 1024, options.MaxResponseBytes);
        Assert.Equal(5, options.MaxRedirects);
        Assert.Equal(1, options.PerHostConcurrency);
        Assert.Equal(TimeSpan.FromSeconds(1), options.MinDelayPerHost);
        Assert.True(options.RespectRobotsTxt);
        Assert.StartsWith("A11yFeed/1.0", options.UserAgent);
    }
}
