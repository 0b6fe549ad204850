using System.ServiceModel.Syndication;

namespace A11yFeed.Feeds;

/// <summary>RSS 2.0 with audio enclosures, full text in content:encoded and itunes:duration.</summary>
public sealed class RssFeedWriter
{
    public const string Extension = "rss";
    public const string MediaType = "application/rss+xml";
    public const string ContentType = MediaType + "; charset=utf-8";

    public byte[] Write(FeedContent content, FeedLinks links)
    {
        var feed = SyndicationFeedBuilder.Build(
            content, links, links.Feed(content.Channel.Id, Extension), MediaType, rss: true);
        return FeedXml.Write(new Rss20FeedFormatter(feed));
    }
}
