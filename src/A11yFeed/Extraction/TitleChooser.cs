using System.Text.RegularExpressions;
using A11yFeed.Text;
using AngleSharp.Dom;

namespace A11yFeed.Extraction;

/// <summary>
/// The headline is the on-page heading that the &lt;title&gt; agrees with; failing that the declared
/// title (ArticleTitle, og:title), failing that the first part of &lt;title&gt; without the site name.
/// </summary>
internal static partial class TitleChooser
{
    public static string? Choose(IDocument document, PageMetaTags metas)
    {
        var titleTag = TextNormaliser.Normalise(document.Title);
        var declared = HtmlMetadataReader.Meta(metas, "ArticleTitle") ?? HtmlMetadataReader.Meta(metas, "og:title")
            ?? HtmlMetadataReader.Meta(metas, "twitter:title");

        // The longest agreeing heading: a short site name in a logo heading also appears in <title>.
        var agreeing = document.QuerySelectorAll("h1, h2, h3, [class*=title], [id*=title]")
            .Take(80)
            .Select(h => TextNormaliser.Normalise(h.TextContent))
            .Where(t => t.Length is >= 4 and <= 120 && (titleTag.Contains(t, StringComparison.Ordinal) || t == declared))
            .MaxBy(t => t.Length);
        if (agreeing is not null)
        {
            return agreeing;
        }

        if (declared is not null)
        {
            return FirstSegment(declared);
        }

        var fromTag = titleTag.Length > 0 ? FirstSegment(titleTag) : null;
        var h1 = document.QuerySelector("h1");
        return fromTag ?? (h1 is null ? null : NullIfEmpty(TextNormaliser.Normalise(h1.TextContent)));
    }

    private static string FirstSegment(string title)
    {
        var segments = SiteSeparator().Split(title).Select(s => s.Trim()).Where(s => s.Length > 0).ToList();
        if (segments.Count == 0)
        {
            return title;
        }

        // "Site | Headline" puts a short name first; the headline is then the longest part.
        return segments[0].Length >= 6 || segments.Count == 1 ? segments[0] : segments.MaxBy(s => s.Length)!;
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    [GeneratedRegex(@"\s*(?:[|｜_]|\s[-–—]\s|::|\s-\s?)\s*")]
    private static partial Regex SiteSeparator();
}
