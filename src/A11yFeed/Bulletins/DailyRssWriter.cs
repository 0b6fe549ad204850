using System.Globalization;
using System.Text;
using System.Xml;
using A11yFeed.Feeds;
using A11yFeed.Publishing;
using Microsoft.Extensions.Options;

namespace A11yFeed.Bulletins;

/// <summary>
/// The daily feed as podcast RSS: one item per day under a guid that never changes for that day, its enclosure the
/// day's bulletin, with Podcasting 2.0 chapters (JSON) and a WebVTT transcript.
/// </summary>
public sealed class DailyRssWriter(IOptions<FeedOptions> options)
{
    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        NewLineChars = "\n",
    };

    public byte[] Write(DailyFeed feed, FeedLinks links)
    {
        var channel = feed.Channel;
        var self = links.Daily(channel.Id, RssFeedWriter.Extension);
        var owner = options.Value.OwnerName ?? options.Value.SiteTitle;
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, Settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("rss");
            xml.WriteAttributeString("version", "2.0");
            xml.WriteAttributeString("xmlns", "atom", null, RssFeedWriter.AtomNamespace);
            xml.WriteAttributeString("xmlns", "itunes", null, RssFeedWriter.ITunesNamespace);
            xml.WriteAttributeString("xmlns", "podcast", null, RssFeedWriter.PodcastNamespace);
            xml.WriteStartElement("channel");
            xml.WriteElementString("title", feed.Title);
            xml.WriteElementString("link", links.Channel(channel).AbsoluteUri);
            xml.WriteElementString("description", feed.Description);
            xml.WriteElementString("language", channel.Language);
            xml.WriteElementString("lastBuildDate", RssFeedWriter.Rfc2822(feed.Updated));
            xml.WriteElementString("generator", "A11yFeed");
            xml.WriteStartElement("link", RssFeedWriter.AtomNamespace);
            xml.WriteAttributeString("rel", "self");
            xml.WriteAttributeString("type", RssFeedWriter.MediaType);
            xml.WriteAttributeString("href", self.AbsoluteUri);
            xml.WriteEndElement();
            var artwork = links.Artwork(channel.Id).AbsoluteUri;
            xml.WriteStartElement("image");
            xml.WriteElementString("url", artwork);
            xml.WriteElementString("title", feed.Title);
            xml.WriteElementString("link", links.Channel(channel).AbsoluteUri);
            xml.WriteEndElement();
            xml.WriteStartElement("image", RssFeedWriter.ITunesNamespace);
            xml.WriteAttributeString("href", artwork);
            xml.WriteEndElement();
            xml.WriteStartElement("category", RssFeedWriter.ITunesNamespace);
            xml.WriteAttributeString("text", options.Value.Category);
            xml.WriteEndElement();
            xml.WriteElementString("explicit", RssFeedWriter.ITunesNamespace, "false");
            xml.WriteElementString("author", RssFeedWriter.ITunesNamespace, owner);
            if (options.Value.OwnerEmail is { Length: > 0 } email)
            {
                // Apple and the W3C validator want an owner only with an address to reach.
                xml.WriteStartElement("owner", RssFeedWriter.ITunesNamespace);
                xml.WriteElementString("name", RssFeedWriter.ITunesNamespace, owner);
                xml.WriteElementString("email", RssFeedWriter.ITunesNamespace, email);
                xml.WriteEndElement();
            }

            xml.WriteElementString("type", RssFeedWriter.ITunesNamespace, "episodic");
            xml.WriteElementString("guid", RssFeedWriter.PodcastNamespace, PodcastGuid.For(self).ToString("D"));
            foreach (var bulletin in feed.Bulletins)
            {
                WriteItem(xml, bulletin, channel, links);
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        return buffer.ToArray();
    }

    private static void WriteItem(XmlWriter xml, Bulletin bulletin, FeedChannel channel, FeedLinks links)
    {
        xml.WriteStartElement("item");
        xml.WriteElementString("title", bulletin.Title);
        xml.WriteElementString("link", links.Channel(channel).AbsoluteUri);
        xml.WriteStartElement("guid");
        xml.WriteAttributeString("isPermaLink", "false");
        xml.WriteString(bulletin.FeedGuid);
        xml.WriteEndElement();
        xml.WriteElementString("description", DailyFeed.Contents(bulletin));
        xml.WriteElementString("pubDate", RssFeedWriter.Rfc2822(bulletin.Published));
        xml.WriteStartElement("enclosure");
        xml.WriteAttributeString("url", links.Media(bulletin.MediaKey).AbsoluteUri);
        xml.WriteAttributeString("length", bulletin.Bytes.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("type", "audio/mpeg");
        xml.WriteEndElement();
        xml.WriteElementString("duration", RssFeedWriter.ITunesNamespace, (bulletin.DurationMs / 1000).ToString(CultureInfo.InvariantCulture));
        xml.WriteElementString("explicit", RssFeedWriter.ITunesNamespace, "false");
        xml.WriteStartElement("chapters", RssFeedWriter.PodcastNamespace);
        xml.WriteAttributeString("url", links.Chapters(bulletin).AbsoluteUri);
        xml.WriteAttributeString("type", ChaptersJsonWriter.MediaType);
        xml.WriteEndElement();
        xml.WriteStartElement("transcript", RssFeedWriter.PodcastNamespace);
        xml.WriteAttributeString("url", links.Transcript(bulletin).AbsoluteUri);
        xml.WriteAttributeString("type", "text/vtt");
        xml.WriteAttributeString("rel", "captions");
        xml.WriteEndElement();
        xml.WriteEndElement();
    }
}
