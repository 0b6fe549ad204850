using System.Globalization;
using System.Xml;
using A11yFeed.Publishing;
using Microsoft.Extensions.Options;

namespace A11yFeed.Feeds;

/// <summary>
/// RSS 2.0 that podcast apps accept: audio enclosures, full text in content:encoded, and the iTunes and
/// Podcasting 2.0 channel tags (artwork, category, owner when there is a contact address, guid, locked).
/// </summary>
/// <remarks>
/// Written with XmlWriter rather than SyndicationFeed: its RSS formatter writes "Z" instead of a numeric offset
/// and declares namespaces on the channel, and some podcast apps reject both.
/// </remarks>
public sealed class RssFeedWriter(IOptions<FeedOptions> options)
{
    public const string Extension = "rss";
    public const string MediaType = "application/rss+xml";
    public const string ContentType = MediaType + "; charset=utf-8";

    public const string AtomNamespace = "http://www.w3.org/2005/Atom";
    public const string ContentNamespace = "http://purl.org/rss/1.0/modules/content/";
    public const string ITunesNamespace = "http://www.itunes.com/dtds/podcast-1.0.dtd";
    public const string PodcastNamespace = "https://podcastindex.org/namespace/1.0";

    /// <summary>Apple's limit on a show's or an episode's description, in characters.</summary>
    public const int AppleDescriptionLimit = 4000;

    public byte[] Write(FeedContent content, FeedLinks links)
    {
        var channel = content.Channel;
        var self = links.Feed(channel.Id, Extension);
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, FeedXml.Settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("rss");
            xml.WriteAttributeString("version", "2.0");
            xml.WriteAttributeString("xmlns", "atom", null, AtomNamespace);
            xml.WriteAttributeString("xmlns", "content", null, ContentNamespace);
            xml.WriteAttributeString("xmlns", "itunes", null, ITunesNamespace);
            xml.WriteAttributeString("xmlns", "podcast", null, PodcastNamespace);
            xml.WriteStartElement("channel");
            xml.WriteElementString("title", channel.Title);
            xml.WriteElementString("link", links.Channel(channel).AbsoluteUri);
            xml.WriteElementString("description", WithinAppleLimit(channel.Description ?? channel.Title));
            xml.WriteElementString("language", channel.Language);
            xml.WriteElementString("lastBuildDate", Rfc2822(content.Updated));
            xml.WriteElementString("generator", "A11yFeed");
            xml.WriteStartElement("link", AtomNamespace);
            xml.WriteAttributeString("rel", "self");
            xml.WriteAttributeString("type", MediaType);
            xml.WriteAttributeString("href", links.Feed(channel.Id, Extension, content.Before).AbsoluteUri);
            xml.WriteEndElement();
            if (links.Hub is { } hub)
            {
                xml.WriteStartElement("link", AtomNamespace);
                xml.WriteAttributeString("rel", "hub");
                xml.WriteAttributeString("href", hub.AbsoluteUri);
                xml.WriteEndElement();
            }

            if (content.IsPaged)
            {
                // RFC 5005 paging, as Atom links in RSS: podcast apps that walk "next" find the older episodes.
                WritePageLink(xml, "first", self);
            }

            if (content.Next is { } next)
            {
                WritePageLink(xml, "next", links.Feed(channel.Id, Extension, next));
            }

            PodcastChannelTags.Write(xml, options.Value, links, channel, channel.Title, self);
            xml.WriteStartElement("locked", PodcastNamespace);
            if (options.Value.OwnerEmail is { Length: > 0 } lockOwner)
            {
                // The Podcast Index parser reads podcast:locked only when it names its owner.
                xml.WriteAttributeString("owner", lockOwner);
            }

            xml.WriteString("no");
            xml.WriteEndElement();

            foreach (var item in content.Items)
            {
                WriteItem(xml, item, links);
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        return buffer.ToArray();
    }

    private static void WritePageLink(XmlWriter xml, string relation, Uri href)
    {
        xml.WriteStartElement("link", AtomNamespace);
        xml.WriteAttributeString("rel", relation);
        xml.WriteAttributeString("type", MediaType);
        xml.WriteAttributeString("href", href.AbsoluteUri);
        xml.WriteEndElement();
    }

    private static void WriteItem(XmlWriter xml, FeedItem item, FeedLinks links)
    {
        xml.WriteStartElement("item");
        xml.WriteElementString("title", item.Title);
        xml.WriteElementString("link", links.Article(item.Id).AbsoluteUri);
        xml.WriteStartElement("guid");
        xml.WriteAttributeString("isPermaLink", "false");
        xml.WriteString(item.FeedGuid);
        xml.WriteEndElement();
        xml.WriteElementString("description", WithinAppleLimit(FeedText.Summary(item.Text)));
        xml.WriteElementString("pubDate", Rfc2822(item.Published));
        if (item is { AudioKey: { } key, AudioBytes: { } bytes })
        {
            xml.WriteStartElement("enclosure");
            xml.WriteAttributeString("url", links.Media(key).AbsoluteUri);
            xml.WriteAttributeString("length", bytes.ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("type", "audio/mpeg");
            xml.WriteEndElement();
        }

        var html = FeedText.HtmlParagraphs(item.Text);
        if (item.PublicOriginalUrl is { } original)
        {
            // "via" is Atom's relation for where the content came from; the paragraph is for apps that show only the text.
            xml.WriteStartElement("link", AtomNamespace);
            xml.WriteAttributeString("rel", "via");
            xml.WriteAttributeString("href", original.AbsoluteUri);
            xml.WriteEndElement();
            var href = HtmlEscaper.Encode(original.AbsoluteUri);
            html += $"<p><a href=\"{href}\">{href}</a></p>\n";
        }

        xml.WriteElementString("encoded", ContentNamespace, html);
        if ((item.Author ?? item.Organisation) is { } author)
        {
            xml.WriteElementString("author", ITunesNamespace, author);
        }

        if (FeedText.DurationSeconds(item.AudioDurationMs) is { } seconds)
        {
            xml.WriteElementString("duration", ITunesNamespace, seconds.ToString(CultureInfo.InvariantCulture));
        }

        xml.WriteElementString("explicit", ITunesNamespace, "false");
        WriteTranscripts(xml, item, links);
        xml.WriteEndElement();
    }

    /// <summary>
    /// Podcasting 2.0 transcripts: the timed WebVTT when the episode has sentence timings ("captions" lets apps
    /// show it as subtitles), and the reading page, which holds the full spoken text, for every episode.
    /// </summary>
    private static void WriteTranscripts(XmlWriter xml, FeedItem item, FeedLinks links)
    {
        if (!item.HasAudio)
        {
            return;
        }

        if (item.HasTranscript)
        {
            xml.WriteStartElement("transcript", PodcastNamespace);
            xml.WriteAttributeString("url", links.Transcript(item.Id).AbsoluteUri);
            xml.WriteAttributeString("type", "text/vtt");
            xml.WriteAttributeString("rel", "captions");
            xml.WriteEndElement();
        }

        xml.WriteStartElement("transcript", PodcastNamespace);
        xml.WriteAttributeString("url", links.Article(item.Id).AbsoluteUri);
        xml.WriteAttributeString("type", "text/html");
        if (item.Language is { Length: > 0 } language)
        {
            xml.WriteAttributeString("language", language);
        }

        xml.WriteEndElement();
    }

    /// <summary>A description Apple Podcasts accepts: at most <see cref="AppleDescriptionLimit"/> characters, cut at a whole character.</summary>
    public static string WithinAppleLimit(string text)
    {
        if (text.Length <= AppleDescriptionLimit)
        {
            return text;
        }

        var end = AppleDescriptionLimit - 1;
        if (char.IsHighSurrogate(text[end - 1]))
        {
            end--;
        }

        return text[..end] + "…";
    }

    /// <summary>RFC 2822 date with a numeric offset ("+0800", "+0000"), which every RSS reader parses.</summary>
    public static string Rfc2822(DateTimeOffset value)
    {
        var offset = value.Offset;
        var sign = offset < TimeSpan.Zero ? '-' : '+';
        var abs = offset.Duration();
        return value.ToString("ddd, dd MMM yyyy HH:mm:ss ", CultureInfo.InvariantCulture)
            + $"{sign}{abs.Hours:00}{abs.Minutes:00}";
    }
}
