using System.ServiceModel.Syndication;
using A11yFeed.Feeds;
using A11yFeed.Publishing;

namespace A11yFeed.Bulletins;

/// <summary>The daily feed as Atom 1.0: one entry per day, updated in place, its bulletin as the enclosure link.</summary>
public static class DailyAtomWriter
{
    public static byte[] Write(DailyFeed feed, FeedLinks links)
    {
        var channel = feed.Channel;
        var self = links.Daily(channel.Id, AtomFeedWriter.Extension);
        var atom = new SyndicationFeed(feed.Title, feed.Description, links.Channel(channel), self.AbsoluteUri, feed.Updated)
        {
            Language = channel.Language,
            Generator = "A11yFeed",
            ImageUrl = links.Artwork(channel.Id),
        };
        atom.Links.Add(SyndicationLink.CreateSelfLink(self, AtomFeedWriter.MediaType));
        // Atom requires an author for the feed or every entry.
        atom.Authors.Add(new SyndicationPerson { Name = channel.Title });
        atom.Items = feed.Bulletins.Select(bulletin => Entry(bulletin, channel, links)).ToList();
        return FeedXml.Write(new Atom10FeedFormatter(atom));
    }

    private static SyndicationItem Entry(Bulletin bulletin, FeedChannel channel, FeedLinks links)
    {
        var entry = new SyndicationItem
        {
            Id = bulletin.FeedGuid,
            Title = new TextSyndicationContent(bulletin.Title),
            Summary = new TextSyndicationContent(DailyFeed.Contents(bulletin)),
            PublishDate = bulletin.Published,
            LastUpdatedTime = bulletin.Updated,
        };
        entry.Links.Add(SyndicationLink.CreateAlternateLink(links.Channel(channel), "text/html"));
        entry.Links.Add(SyndicationLink.CreateMediaEnclosureLink(links.Media(bulletin.MediaKey), "audio/mpeg", bulletin.Bytes));
        entry.Links.Add(new SyndicationLink(links.Chapters(bulletin), "chapters", null, ChaptersJsonWriter.MediaType, 0));
        return entry;
    }
}
