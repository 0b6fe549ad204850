using System.Globalization;
using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;

namespace A11yFeed.Feeds;

/// <summary>Builds the one SyndicationFeed model that both the RSS and the Atom writer format.</summary>
internal static class SyndicationFeedBuilder
{
    public const string ContentNamespace = "http://purl.org/rss/1.0/modules/content/";
    public const string ITunesNamespace = "http://www.itunes.com/dtds/podcast-1.0.dtd";
    private const string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";

    public static SyndicationFeed Build(FeedContent content, FeedLinks links, Uri self, string selfType, bool rss)
    {
        var channel = content.Channel;
        var feed = new SyndicationFeed(
            channel.Title, channel.Description ?? channel.Title, links.Channel(channel), self.AbsoluteUri, content.Updated)
        {
            Language = channel.Language,
            Generator = "A11yFeed",
        };
        feed.Links.Add(SyndicationLink.CreateSelfLink(self, selfType));
        if (rss)
        {
            feed.AttributeExtensions.Add(new XmlQualifiedName("content", XmlnsNamespace), ContentNamespace);
            feed.AttributeExtensions.Add(new XmlQualifiedName("itunes", XmlnsNamespace), ITunesNamespace);
        }
        else
        {
            // Atom requires an author for the feed or every entry.
            feed.Authors.Add(new SyndicationPerson { Name = channel.Title });
        }

        feed.Items = content.Items.Select(i => BuildItem(i, links, rss)).ToList();
        return feed;
    }

    private static SyndicationItem BuildItem(FeedItem item, FeedLinks links, bool rss)
    {
        var entry = new SyndicationItem
        {
            Id = rss ? item.FeedGuid : AtomId(item.FeedGuid),
            Title = new TextSyndicationContent(item.Title),
            Summary = new TextSyndicationContent(FeedText.Summary(item.Text)),
            PublishDate = item.Published,
            LastUpdatedTime = item.Updated is { } u && u > item.Published ? u : item.Published,
        };
        entry.Links.Add(SyndicationLink.CreateAlternateLink(links.Article(item.Id), "text/html"));
        if (item is { AudioKey: { } key, AudioBytes: { } bytes })
        {
            entry.Links.Add(SyndicationLink.CreateMediaEnclosureLink(links.Media(key), "audio/mpeg", bytes));
        }

        var html = FeedText.HtmlParagraphs(item.Text);
        if (rss)
        {
            entry.ElementExtensions.Add(new XElement(XName.Get("encoded", ContentNamespace), html));
            if (FeedText.DurationSeconds(item.AudioDurationMs) is { } seconds)
            {
                entry.ElementExtensions.Add(new XElement(
                    XName.Get("duration", ITunesNamespace), seconds.ToString(CultureInfo.InvariantCulture)));
            }
        }
        else
        {
            entry.Content = SyndicationContent.CreateHtmlContent(html);
            if ((item.Author ?? item.Organisation) is { } name)
            {
                entry.Authors.Add(new SyndicationPerson { Name = name });
            }
        }

        return entry;
    }

    /// <summary>Atom ids must be IRIs; a bare guid becomes a urn:uuid, anything else a tag-free urn.</summary>
    private static string AtomId(string guid) =>
        Uri.TryCreate(guid, UriKind.Absolute, out _) ? guid
        : Guid.TryParse(guid, out var parsed) ? $"urn:uuid:{parsed:D}"
        : "urn:a11yfeed:" + Uri.EscapeDataString(guid);
}
