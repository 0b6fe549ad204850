using A11yFeed.Text;
using AngleSharp.Dom;

namespace A11yFeed.Extraction;

/// <summary>A subtitle is a heading right after the headline, or an element the page names as one.</summary>
internal static class SubtitleFinder
{
    private const int MaxLength = 120;

    public static string? Find(IDocument document, string? title)
    {
        var named = document.QuerySelector("[class*=subtitle], [class*=sub-title], [id*=subtitle], [class*=fbt], .deck, .standfirst");
        var candidate = named ?? Headline(document, title)?.NextElementSibling;
        if (candidate is null || (named is null && candidate.LocalName is not ("h2" or "h3" or "h4")))
        {
            return null;
        }

        var text = TextNormaliser.Normalise(candidate.TextContent);
        return text.Length is > 0 and <= MaxLength && text != title ? text : null;
    }

    private static IElement? Headline(IDocument document, string? title) =>
        title is null ? null
            : document.QuerySelectorAll("h1, h2, [class*=title]").FirstOrDefault(h => TextNormaliser.Normalise(h.TextContent) == title);
}
