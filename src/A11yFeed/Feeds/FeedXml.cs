using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;

namespace A11yFeed.Feeds;

/// <summary>Writes a formatter's output as UTF-8 XML without a byte order mark.</summary>
internal static class FeedXml
{
    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        NewLineChars = "\n",
    };

    public static byte[] Write(SyndicationFeedFormatter formatter)
    {
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, Settings))
        {
            formatter.WriteTo(writer);
        }

        return buffer.ToArray();
    }
}
