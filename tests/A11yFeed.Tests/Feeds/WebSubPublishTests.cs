using A11yFeed.Storage;
using A11yFeed.Tests.Hosting;
using A11yFeed.Tests.Jobs;
using Microsoft.EntityFrameworkCore;

namespace A11yFeed.Tests.Feeds;

/// <summary>The whole application with a hub configured: when speech makes an article ready, the hub hears of it.</summary>
[Collection(ApplicationCollection.Name)]
public sealed class WebSubPublishTests
{
    [Fact]
    public async Task ArticleBecomesReady_HubIsToldAboutItsSourceAndTheCombinedFeed()
    {
        await using var hub = await FakeWebSubHub.StartAsync();
        await using var app = new A11yFeedApplication()
            .With("Feeds:PublicBaseUrl", "https://news.example.org/")
            .With("Feeds:WebSubHub", hub.Url.AbsoluteUri);
        var folder = Path.Combine(app.Root, "articles");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "market.txt"), """
            Market moves indoors

            The Saturday market moves into the old grain hall for the winter, from next week until March.
            """);
        app.WithSource("town", new { title = "Town news", kind = "folder", location = folder, language = "en" });

        _ = app.Services;
        await app.WaitUntilAsync(
            "the article is ready",
            async db => await db.Articles.AnyAsync(a => a.Status == ArticleStatus.Ready),
            TimeSpan.FromMinutes(2));
        await hub.PublishedAsync(6, TimeSpan.FromMinutes(1));

        var published = hub.PublishedUrls();
        Assert.Contains("https://news.example.org/feeds/town.rss", published);
        Assert.Contains("https://news.example.org/feeds/town.atom", published);
        Assert.Contains("https://news.example.org/feeds/all.json", published);
    }
}
