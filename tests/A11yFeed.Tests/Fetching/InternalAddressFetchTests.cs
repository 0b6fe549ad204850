using System.Text;
using A11yFeed.Fetching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace A11yFeed.Tests.Fetching;

/// <summary>
/// A feed item or a redirect pointing at the service's own admin pages once had them fetched from loopback and
/// published; nothing internal is fetched unless the operator lists the host.
/// </summary>
public sealed class InternalAddressFetchTests : IAsyncLifetime
{
    private LoopbackSite _site = null!;

    public async Task InitializeAsync()
    {
        _site = await LoopbackSite.StartAsync();
        _site.Map("/admin/sources", 200, "application/json", Encoding.UTF8.GetBytes("""[{"id":"secret"}]"""));
        _site.Map("/page.html", 200, "text/html", Encoding.UTF8.GetBytes("<p>public page</p>"));
    }

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task Fetch_Loopback_IsRefusedByDefault_WithoutARequest()
    {
        await using var services = FetchingServices.Build(("Fetch:AllowedInternalHosts:0", "news.intranet"));

        var error = await Assert.ThrowsAsync<FetchException>(() => services.Fetcher().FetchAsync(_site.Url("/admin/sources"), null, default));

        Assert.False(error.IsTransient);
        Assert.Contains("internal address", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, _site.RequestCount("/admin/sources"));
        Assert.Equal(0, _site.RequestCount("/robots.txt"));
    }

    [Fact]
    public async Task Fetch_ANameResolvingToLoopback_IsRefused_EvenWhenTheAddressIsAllowedByLiteral()
    {
        await using var services = FetchingServices.Build();
        var byName = new UriBuilder(_site.Url("/admin/sources")) { Host = "localhost" }.Uri;

        await Assert.ThrowsAsync<FetchException>(() => services.Fetcher().FetchAsync(byName, null, default));

        Assert.Equal(0, _site.RequestCount("/admin/sources"));
    }

    [Fact]
    public async Task Fetch_ARedirectToAnInternalName_IsRefused()
    {
        var target = new UriBuilder(_site.Url("/admin/sources")) { Host = "localhost" }.Uri;
        _site.Map("/moved", 302, null, [], new Dictionary<string, string> { ["Location"] = target.AbsoluteUri });
        await using var services = FetchingServices.Build();

        var error = await Assert.ThrowsAsync<FetchException>(() => services.Fetcher().FetchAsync(_site.Url("/moved"), null, default));

        Assert.False(error.IsTransient);
        Assert.Equal(1, _site.RequestCount("/moved"));
        Assert.Equal(0, _site.RequestCount("/admin/sources"));
    }

    [Fact]
    public async Task Fetch_AnAllowedName_IsReached()
    {
        await using var services = FetchingServices.Build(("Fetch:AllowedInternalHosts:0", "localhost"));
        var byName = new UriBuilder(_site.Url("/page.html")) { Host = "localhost" }.Uri;

        var page = await services.Fetcher().FetchAsync(byName, null, default);

        Assert.Equal("<p>public page</p>", page.Text);
    }

    [Fact]
    public void Options_RejectAnEntryThatIsNoHost()
    {
        using var services = FetchingServices.Build(("Fetch:AllowedInternalHosts:0", "http://news.intranet/"));

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<FetchOptions>>().Value);

        Assert.Contains("AllowedInternalHosts", error.Message, StringComparison.Ordinal);
    }
}
