using A11yFeed.Extraction;
using A11yFeed.Tests.Publishing;

namespace A11yFeed.Tests.Extraction;

/// <summary>
/// The template memory on its own database: which remembered pages count against an article. Young articles
/// are extracted again on later polls, so the order pages are remembered in is not the order they were published in.
/// </summary>
public sealed class SourceTemplateMemoryStoreTests
{
    private const long Box = 11;
    private const long SharedOnce = 22;

    [Fact]
    public async Task ChromeOf_CountsOnlyPagesDiscoveredBeforeTheArticle()
    {
        using var database = new FeedTestDatabase();
        await using var db = database.CreateContext();
        var memory = new SourceTemplateMemory(db);
        await memory.RememberAsync("town", 1, [Box, 101], CancellationToken.None);
        await memory.RememberAsync("town", 2, [Box, 102, SharedOnce], CancellationToken.None);
        await memory.RememberAsync("town", 3, [Box, 103], CancellationToken.None);
        await memory.RememberAsync("town", 4, [Box, 104, SharedOnce], CancellationToken.None);

        // Articles 1 and 2 looked at again after 3 and 4: later pages do not make their box chrome.
        Assert.Empty(await memory.ChromeOfAsync("town", 1, CancellationToken.None));
        Assert.Empty(await memory.ChromeOfAsync("town", 2, CancellationToken.None));
        Assert.Equal([Box], await memory.ChromeOfAsync("town", 3, CancellationToken.None));
        // Article 4's paragraph shared with article 2 only is seen on one earlier page: it stays.
        Assert.Equal([Box], await memory.ChromeOfAsync("town", 4, CancellationToken.None));
        Assert.Empty(await memory.ChromeOfAsync("village", 5, CancellationToken.None));
    }
}
