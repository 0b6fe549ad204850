using A11yFeed.Model;
using A11yFeed.Publishing;

namespace A11yFeed.Bulletins;

/// <summary>A daily feed ready to write: the feed's channel and its bulletins, newest day first.</summary>
public sealed record DailyFeed(FeedChannel Channel, IReadOnlyList<Bulletin> Bulletins, DateTimeOffset Updated)
{
    /// <summary>The daily feed's own title, telling it apart from the per-article feed in a podcast app.</summary>
    public string Title => LanguageTag.IsCjk(Channel.Language) ? $"{Channel.Title} 每日播报" : $"{Channel.Title}: daily bulletin";

    public string Description => LanguageTag.IsCjk(Channel.Language)
        ? $"{Channel.Title}每天的全部新闻，合成一集，带章节。"
        : $"Every day's news from {Channel.Title} in one episode, with a chapter per item.";

    /// <summary>The episode titles of a bulletin, one a line, as its plain-text description.</summary>
    public static string Contents(Bulletin bulletin) =>
        string.Join('\n', bulletin.Episodes.Select((c, i) => $"{i + 1}. {c.Title}"));
}
