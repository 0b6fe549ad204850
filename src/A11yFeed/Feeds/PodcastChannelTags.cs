using System.Xml;
using A11yFeed.Publishing;

namespace A11yFeed.Feeds;

/// <summary>
/// The channel tags podcast apps and directories read, the same in every podcast RSS feed of the service (per
/// article and daily): artwork, category, author, the owner rule, episodic type and the Podcasting 2.0 guid.
/// </summary>
public static class PodcastChannelTags
{
    public static void Write(XmlWriter xml, FeedOptions options, FeedLinks links, FeedChannel channel, string title, Uri self)
    {
        var owner = options.OwnerName ?? options.SiteTitle;
        var artwork = links.Artwork(channel.Id).AbsoluteUri;
        xml.WriteStartElement("image");
        xml.WriteElementString("url", artwork);
        xml.WriteElementString("title", title);
        xml.WriteElementString("link", links.Channel(channel).AbsoluteUri);
        xml.WriteEndElement();
        xml.WriteStartElement("image", RssFeedWriter.ITunesNamespace);
        xml.WriteAttributeString("href", artwork);
        xml.WriteEndElement();
        xml.WriteStartElement("category", RssFeedWriter.ITunesNamespace);
        xml.WriteAttributeString("text", options.Category);
        xml.WriteEndElement();
        xml.WriteElementString("explicit", RssFeedWriter.ITunesNamespace, "false");
        xml.WriteElementString("author", RssFeedWriter.ITunesNamespace, owner);
        if (options.OwnerEmail is { Length: > 0 } email)
        {
            // The feed validator and Apple require itunes:email in itunes:owner, so without an address there is no owner.
            xml.WriteStartElement("owner", RssFeedWriter.ITunesNamespace);
            xml.WriteElementString("name", RssFeedWriter.ITunesNamespace, owner);
            xml.WriteElementString("email", RssFeedWriter.ITunesNamespace, email);
            xml.WriteEndElement();
        }

        xml.WriteElementString("type", RssFeedWriter.ITunesNamespace, "episodic");
        xml.WriteElementString("guid", RssFeedWriter.PodcastNamespace, PodcastGuid.For(self).ToString("D"));
    }
}
