using System.Globalization;
using System.Xml;
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
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, FeedXml.Settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", RssFeedWriter.AtomNamespace);
            xml.WriteAttributeString("xml", "lang", null, channel.Language);
            xml.WriteElementString("title", RssFeedWriter.AtomNamespace, feed.Title);
            xml.WriteElementString("subtitle", RssFeedWriter.AtomNamespace, feed.Description);
            xml.WriteElementString("id", RssFeedWriter.AtomNamespace, self.AbsoluteUri);
            xml.WriteElementString("updated", RssFeedWriter.AtomNamespace, Iso(feed.Updated));
            WriteLink(xml, "self", self, AtomFeedWriter.MediaType);
            WriteLink(xml, "alternate", links.Channel(channel), "text/html");
            xml.WriteStartElement("author", RssFeedWriter.AtomNamespace);
            xml.WriteElementString("name", RssFeedWriter.AtomNamespace, channel.Title);
            xml.WriteEndElement();
            xml.WriteElementString("generator", RssFeedWriter.AtomNamespace, "A11yFeed");
            xml.WriteElementString("icon", RssFeedWriter.AtomNamespace, links.Artwork(channel.Id).AbsoluteUri);
            foreach (var bulletin in feed.Bulletins)
            {
                xml.WriteStartElement("entry", RssFeedWriter.AtomNamespace);
                xml.WriteElementString("id", RssFeedWriter.AtomNamespace, bulletin.FeedGuid);
                xml.WriteElementString("title", RssFeedWriter.AtomNamespace, bulletin.Title);
                xml.WriteElementString("published", RssFeedWriter.AtomNamespace, Iso(bulletin.Published));
                xml.WriteElementString("updated", RssFeedWriter.AtomNamespace, Iso(bulletin.Updated));
                xml.WriteElementString("summary", RssFeedWriter.AtomNamespace, DailyFeed.Contents(bulletin));
                WriteLink(xml, "alternate", links.Channel(channel), "text/html");
                xml.WriteStartElement("link", RssFeedWriter.AtomNamespace);
                xml.WriteAttributeString("rel", "enclosure");
                xml.WriteAttributeString("type", "audio/mpeg");
                xml.WriteAttributeString("length", bulletin.Bytes.ToString(CultureInfo.InvariantCulture));
                xml.WriteAttributeString("href", links.Media(bulletin.MediaKey).AbsoluteUri);
                xml.WriteEndElement();
                WriteLink(xml, "chapters", links.Chapters(bulletin), ChaptersJsonWriter.MediaType);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        return buffer.ToArray();
    }

    private static void WriteLink(XmlWriter xml, string relation, Uri href, string type)
    {
        xml.WriteStartElement("link", RssFeedWriter.AtomNamespace);
        xml.WriteAttributeString("rel", relation);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href.AbsoluteUri);
        xml.WriteEndElement();
    }

    private static string Iso(DateTimeOffset value) => value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
