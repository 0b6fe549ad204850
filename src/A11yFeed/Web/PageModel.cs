using A11yFeed.Publishing;

namespace A11yFeed.Web;

/// <summary>What every page's frame needs: its language, title and the feeds it advertises.</summary>
internal sealed record PageModel(
    string Language,
    string Title,
    string SiteTitle,
    SitePaths Paths,
    FeedLinks Links,
    IReadOnlyList<FeedChannel> Feeds)
{
    public PageText Text => PageText.For(Language);
}
