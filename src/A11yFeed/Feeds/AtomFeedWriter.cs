using System.ServiceModel.Syndication;
using A11yFeed.Publishing;

namespace A11yFeed.Feeds;

/// <summary>Atom 1.0 with audio enclosure links and the full text as HTML content.</summary>
public sealed class AtomFeedWriter
{
    public const string Extension = "atom";
    public const string MediaType = "application/atom+xml";
    public const string ContentType = MediaType + "; charset=utf-8";

    public byte[] Write(FeedContent content, FeedLinks links)
    {
        var feed = SyndicationFeedBuilder.Build(content, links, Extension, MediaType);
        return FeedXml.Write(new Atom10FeedFormatter(feed));
    }
}
