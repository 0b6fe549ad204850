using System.Globalization;
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
    public byte[] Write(DailyFeed feed, FeedLinks links)
    {
        var channel = feed.Channel;
        var self = links.Daily(channel.Id, RssFeedWriter.Extension);
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, FeedXml.Settings))
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
            PodcastChannelTags.Write(xml, options.Value, links, channel, feed.Title, self);
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
