using A11yFeed.Jobs;
using A11yFeed.Publishing;
using Hangfire;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace A11yFeed.Tests.Jobs;

public sealed class PingWebSubHubJobTests
{
    [Fact]
    public async Task Run_PublishesTheSourceFeedsAndTheCombinedFeeds()
    {
        await using var hub = await FakeWebSubHub.StartAsync();
        using var services = Services(hub);

        await services.GetRequiredService<PingWebSubHubJob>().RunAsync("city", CancellationToken.None);

        Assert.Equal(
            [
                "https://news.example.org/listen/feeds/city.rss", "https://news.example.org/listen/feeds/city.atom",
                "https://news.example.org/listen/feeds/city.json", "https://news.example.org/listen/feeds/all.rss",
                "https://news.example.org/listen/feeds/all.atom", "https://news.example.org/listen/feeds/all.json",
            ],
            hub.PublishedUrls());
    }

    [Fact]
    public async Task Run_HubRefuses_ThrowsSoTheJobIsRetried()
    {
        await using var hub = await FakeWebSubHub.StartAsync();
        hub.Status = StatusCodes.Status503ServiceUnavailable;
        using var services = Services(hub);

        await Assert.ThrowsAsync<HttpRequestException>(
            () => services.GetRequiredService<PingWebSubHubJob>().RunAsync("city", CancellationToken.None));
        Assert.Single(hub.Posts);
    }

    [Fact]
    public async Task Run_HubDown_Throws()
    {
        Uri closed;
        await using (var hub = await FakeWebSubHub.StartAsync())
        {
            closed = hub.Url;
        }

        using var services = Services(new Dictionary<string, string?> { ["Feeds:WebSubHub"] = closed.AbsoluteUri });

        await Assert.ThrowsAsync<HttpRequestException>(
            () => services.GetRequiredService<PingWebSubHubJob>().RunAsync("city", CancellationToken.None));
    }

    [Fact]
    public void Notifier_WithoutHub_NeedsNoJobClient()
    {
        using var services = Services([]);

        // No Hangfire is registered here: resolving and using the notifier must still work.
        Assert.Null(services.GetService<IBackgroundJobClient>());
        var notifier = services.GetRequiredService<IFeedChangeNotifier>();
        Assert.IsNotType<WebSubNotifier>(notifier);
        Assert.Null(Record.Exception(() => notifier.SourceChanged("city")));
    }

    private static ServiceProvider Services(FakeWebSubHub hub) =>
        Services(new Dictionary<string, string?> { ["Feeds:WebSubHub"] = hub.Url.AbsoluteUri });

    private static ServiceProvider Services(Dictionary<string, string?> settings)
    {
        settings["Feeds:PublicBaseUrl"] = "https://news.example.org/listen";
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddPublishing(configuration).AddWebSub().BuildServiceProvider();
    }
}
