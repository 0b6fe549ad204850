using System.Xml;
using A11yFeed.Publishing;

namespace A11yFeed.Feeds;

/// <summary>
/// OPML 2.0 subscription list: one folder per format (RSS, Atom, JSON Feed), each with every source's feed,
/// so a reader imports the folder of the format it handles best.
/// </summary>
public sealed class OpmlWriter
{
    public const string Path = "/feeds.opml";
    public const string MediaType = "text/x-opml";
    public const string ContentType = MediaType + "; charset=utf-8";

    private static readonly (string Extension, string Name)[] Formats =
    [
        (RssFeedWriter.Extension, "RSS"),
        (AtomFeedWriter.Extension, "Atom"),
        (JsonFeedWriter.Extension, "JSON Feed"),
    ];

    public byte[] Write(string siteTitle, IReadOnlyList<FeedChannel> sources, FeedLinks links)
    {
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, FeedXml.Settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("opml");
            xml.WriteAttributeString("version", "2.0");
            xml.WriteStartElement("head");
            xml.WriteElementString("title", siteTitle);
            xml.WriteElementString("docs", "http://opml.org/spec2.opml");
            xml.WriteEndElement();
            xml.WriteStartElement("body");
            foreach (var (extension, name) in Formats)
            {
                xml.WriteStartElement("outline");
                xml.WriteAttributeString("text", $"{siteTitle} ({name})");
                foreach (var channel in sources)
                {
                    xml.WriteStartElement("outline");
                    // "rss" is the type OPML readers expect for any subscribable feed, Atom and JSON included.
                    xml.WriteAttributeString("type", "rss");
                    xml.WriteAttributeString("text", channel.Title);
                    xml.WriteAttributeString("title", channel.Title);
                    xml.WriteAttributeString("xmlUrl", links.Feed(channel.Id, extension).AbsoluteUri);
                    xml.WriteAttributeString("htmlUrl", links.Channel(channel).AbsoluteUri);
                    xml.WriteAttributeString("language", channel.Language);
                    if (channel.Description is { } description)
                    {
                        xml.WriteAttributeString("description", description);
                    }

                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        return buffer.ToArray();
    }
}
