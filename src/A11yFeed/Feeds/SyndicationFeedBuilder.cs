using System.ServiceModel.Syndication;

namespace A11yFeed.Feeds;

/// <summary>Builds the SyndicationFeed model the Atom writer formats.</summary>
internal static class SyndicationFeedBuilder
{
    public static SyndicationFeed Build(FeedContent content, FeedLinks links, Uri self, string selfType)
    {
        var channel = content.Channel;
        var feed = new SyndicationFeed(
            channel.Title, channel.Description ?? channel.Title, links.Channel(channel), self.AbsoluteUri, content.Updated)
        {
            Language = channel.Language,
            Generator = "A11yFeed",
            ImageUrl = links.Artwork(channel.Id),
        };
        feed.Links.Add(SyndicationLink.CreateSelfLink(self, selfType));
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
