using System.Text;
using A11yFeed.Model;

namespace A11yFeed.Publishing;

/// <summary>Turns an article's plain text into the summary and the HTML that feeds carry.</summary>
public static class FeedText
{
    public const int SummaryLength = 300;

    /// <summary>The first paragraph, cut at about <see cref="SummaryLength"/> characters.</summary>
    public static string Summary(string? text)
    {
        var paragraphs = ArticleText.Paragraphs(text);
        var first = paragraphs.Count > 0 ? paragraphs[0] : "";
        if (first.Length <= SummaryLength)
        {
            return first;
        }

        // Prefer cutting at a space (Latin) so no word is halved; Chinese has none and is cut anywhere.
        var cut = first.LastIndexOf(' ', SummaryLength);
        var end = cut > SummaryLength * 2 / 3 ? cut : SummaryLength;
        if (char.IsHighSurrogate(first[end - 1]))
        {
            end--;
        }

        return first[..end].TrimEnd() + "…";
    }

    /// <summary>Each paragraph as an encoded &lt;p&gt;: the result holds no markup from the article.</summary>
    public static string HtmlParagraphs(string? text)
    {
        var html = new StringBuilder();
        foreach (var paragraph in ArticleText.Paragraphs(text))
        {
            html.Append("<p>").Append(HtmlEscaper.Encode(paragraph)).Append("</p>\n");
        }

        return html.ToString();
    }

    public static long? DurationSeconds(long? milliseconds) =>
        milliseconds is { } ms ? (long)Math.Round(ms / 1000.0, MidpointRounding.AwayFromZero) : null;
}
