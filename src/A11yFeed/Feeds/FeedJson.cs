using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace A11yFeed.Feeds;

/// <summary>How every JSON feed and document of the service is written: indented, "\n" line ends, Chinese as itself.</summary>
internal static class FeedJson
{
    internal static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };
}
