using System.Globalization;
using System.ServiceModel.Syndication;
using System.Text.RegularExpressions;
using System.Xml;
using A11yFeed.Fetching;


namespace A11yFeed.Sources;

/// <summary>
/// Items of an RSS 2.0 or Atom 1.0 feed. DTDs are refused and no external resource is ever resolved,
/// so a hostile feed cannot expand entities or make us read files or URLs.
/// </summary>
internal static partial class SyndicationFeedParser
{
    private const string ContentModule = "http://purl.org/rss/1.0/modules/content/";

    public static IReadOnlyList<DiscoveredItem> Parse(string text, Uri feedUrl)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            MaxCharactersFromEntities = 1024,
        };
        try
        {
            using var reader = XmlReader.Create(new StringReader(text), settings);
            reader.MoveToContent();
            SyndicationFeedFormatter formatter = reader.LocalName switch
            {
                "rss" => new Rss20FeedFormatter { DateTimeParser = ParseDate },
                "feed" => new Atom10FeedFormatter { DateTimeParser = ParseDate },
                _ => throw new FetchException($"{feedUrl} is neither RSS 2.0 nor Atom 1.0 (root element <{reader.LocalName}>)", isTransient: false),
            };
            formatter.ReadFrom(reader);
            return formatter.Feed.Items.Select(item => ToItem(item, feedUrl)).OfType<DiscoveredItem>().ToList();
        }
        catch (XmlException ex)
        {
            throw new FetchException($"{feedUrl} is not a readable feed: {ex.Message}", isTransient: false, ex);
        }
    }

    private static DiscoveredItem? ToItem(SyndicationItem item, Uri feedUrl)
    {
        var link = item.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate")?.GetAbsoluteUri()
            ?? (Uri.TryCreate(item.Id, UriKind.Absolute, out var id) ? id : null);
        if (link is null || !Uri.TryCreate(feedUrl, link.OriginalString, out var url)
            || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            return null;
        }

        var content = item.ElementExtensions.ReadElementExtensions<string>("encoded", ContentModule).FirstOrDefault()
            ?? (item.Content as TextSyndicationContent)?.Text;
        DateTimeOffset? published = item.PublishDate != default ? item.PublishDate
            : item.LastUpdatedTime != default ? item.LastUpdatedTime : null;
        return new DiscoveredItem(url, item.Title?.Text?.Trim(), published, content, content is null ? null : "text/html");
    }

    // RFC 822 as feeds really write it: "+0800", "GMT", or no zone at all. An unreadable date must not
    // sink the whole feed (the formatter throws on false), so it becomes "no date" (default) instead.
    private static bool ParseDate(XmlDateTimeData data, out DateTimeOffset date)
    {
        var value = ZoneWithoutColon().Replace(data.DateTimeString.Trim(), "$1:$2");
        value = NamedUtcZone().Replace(value, "+00:00");
        if (!DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out date))
        {
            date = default;
        }

        return true;
    }

    [GeneratedRegex(@"([+-]\d{2})(\d{2})$")]
    private static partial Regex ZoneWithoutColon();

    [GeneratedRegex(@"\s(GMT|UT|UTC|Z)$")]
    private static partial Regex NamedUtcZone();
}
