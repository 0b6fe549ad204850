using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;

namespace A11yFeed.Feeds;

/// <summary>
/// How every XML feed of the service is written (UTF-8 without a byte order mark, indented, "\n" line ends), and a
/// Syndication formatter's output written so.
/// </summary>
internal static class FeedXml
{
    internal static readonly XmlWriterSettings Settings = new()
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
