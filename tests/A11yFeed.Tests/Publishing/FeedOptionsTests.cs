using A11yFeed.Publishing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace A11yFeed.Tests.Publishing;

public sealed class FeedOptionsTests
{
    [Theory]
    [InlineData("ftp://example.org/")]
    [InlineData("/relative/path")]
    [InlineData("https://example.org/?q=1")]
    [InlineData("not a url")]
    public void Validate_RejectsPublicBaseUrlThatIsNotAbsoluteHttp(string url)
    {
        var error = Assert.Throws<OptionsValidationException>(() => Resolve(new() { ["Feeds:PublicBaseUrl"] = url }));
        Assert.Contains("PublicBaseUrl", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("501")]
    public void Validate_RejectsItemsPerFeedOutOfRange(string count)
    {
        Assert.Throws<OptionsValidationException>(() => Resolve(new() { ["Feeds:ItemsPerFeed"] = count }));
    }

    [Fact]
    public void Bind_DefaultsAndBaseUrlGetsTrailingSlash()
    {
        var defaults = Resolve([]);
        var configured = Resolve(new() { ["Feeds:PublicBaseUrl"] = "https://news.example.org/a11y", ["Feeds:SiteTitle"] = "长者新闻" });

        Assert.Equal(("A11yFeed", 50, (Uri?)null), (defaults.SiteTitle, defaults.ItemsPerFeed, defaults.PublicBaseUri));
        Assert.Equal("长者新闻", configured.SiteTitle);
        Assert.Equal("https://news.example.org/a11y/", configured.PublicBaseUri!.AbsoluteUri);
    }

    [Theory]
    [InlineData("https://hub.example.org/", null, "PublicBaseUrl")]
    [InlineData("hub.example.org", "https://news.example.org/", "WebSubHub")]
    [InlineData("ftp://hub.example.org/", "https://news.example.org/", "WebSubHub")]
    public void Validate_RejectsAHubThatIsNotAbsoluteHttpOrHasNoPublicBase(string hub, string? publicBase, string named)
    {
        var error = Assert.Throws<OptionsValidationException>(
            () => Resolve(new() { ["Feeds:WebSubHub"] = hub, ["Feeds:PublicBaseUrl"] = publicBase }));
        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bind_HubIsOptional()
    {
        var configured = Resolve(new() { ["Feeds:WebSubHub"] = "https://hub.example.org/publish", ["Feeds:PublicBaseUrl"] = "https://news.example.org/" });

        Assert.Null(Resolve([]).WebSubHubUri);
        Assert.Equal("https://hub.example.org/publish", configured.WebSubHubUri!.AbsoluteUri);
    }

    private static FeedOptions Resolve(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var services = new ServiceCollection().AddPublishing(configuration).BuildServiceProvider();
        return services.GetRequiredService<IOptions<FeedOptions>>().Value;
    }
}
