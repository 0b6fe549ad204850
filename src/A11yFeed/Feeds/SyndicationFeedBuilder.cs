using System.ServiceModel.Syndication;
using A11yFeed.Publishing;

namespace A11yFeed.Feeds;

/// <summary>Builds the SyndicationFeed model the Atom writer formats.</summary>
internal static class SyndicationFeedBuilder
{
    public static SyndicationFeed Build(FeedContent content, FeedLinks links, string extension, string selfType)
    {
        var channel = content.Channel;
        // Every page shares the feed's id: RFC 5005 pages are parts of one logical feed.
        var id = links.Feed(channel.Id, extension);
        var feed = new SyndicationFeed(
            channel.Title, channel.Description ?? channel.Title, links.Channel(channel), id.AbsoluteUri, content.Updated)
        {
            Language = channel.Language,
            Generator = "A11yFeed",
            ImageUrl = links.Artwork(channel.Id),
        };
        feed.Links.Add(SyndicationLink.CreateSelfLink(links.Feed(channel.Id, extension, content.Before), selfType));
        if (links.Hub is { } hub)
        {
            feed.Links.Add(new SyndicationLink(hub, "hub", null, null, 0));
        }

        if (content.IsPaged)
        {
            feed.Links.Add(new SyndicationLink(id, "first", null, selfType, 0));
        }

        if (content.Next is { } next)
        {
            feed.Links.Add(new SyndicationLink(links.Feed(channel.Id, extension, next), "next", null, selfType, 0));
        }

        // Atom requires an author for the feed or every entry.
        feed.Authors.Add(new SyndicationPerson { Name = channel.Title });
        feed.Items = content.Items.Select(i => BuildItem(i, links)).ToList();
        return feed;
    }

    private static SyndicationItem BuildItem(FeedItem item, FeedLinks links)
    {
        var entry = new SyndicationItem
        {
            Id = AtomId(item.FeedGuid),
            Title = new TextSyndicationContent(item.Title),
            Summary = new TextSyndicationContent(FeedText.Summary(item.Text)),
            PublishDate = item.Published,
            LastUpdatedTime = item.Updated is { } u && u > item.Published ? u : item.Published,
            Content = SyndicationContent.CreateHtmlContent(FeedText.HtmlParagraphs(item.Text)),
        };
        entry.Links.Add(SyndicationLink.CreateAlternateLink(links.Article(item.Id), "text/html"));
        if (item.PublicOriginalUrl is { } original)
        {
            entry.Links.Add(new SyndicationLink(original, "via", null, "text/html", 0));
        }

        if (item is { AudioKey: { } key, AudioBytes: { } bytes })
        {
            entry.Links.Add(SyndicationLink.CreateMediaEnclosureLink(links.Media(key), "audio/mpeg", bytes));
        }

        if ((item.Author ?? item.Organisation) is { } name)
        {
            entry.Authors.Add(new SyndicationPerson { Name = name });
        }

        return entry;
    }

    /// <summary>Atom ids must be IRIs; a bare guid becomes a urn:uuid, anything else a tag-free urn.</summary>
    private static string AtomId(string guid) =>
        Uri.TryCreate(guid, UriKind.Absolute, out _) ? guid
        : Guid.TryParse(guid, out var parsed) ? $"urn:uuid:{parsed:D}"
        : "urn:a11yfeed:" + Uri.EscapeDataString(guid);
}
