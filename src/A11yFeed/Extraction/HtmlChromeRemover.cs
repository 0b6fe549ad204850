using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace A11yFeed.Extraction;

/// <summary>
/// Removes what is never article text before the content is located: scripts and widgets, landmark
/// navigation, hidden elements, and blocks whose class or id names them as site furniture.
/// </summary>
internal static partial class HtmlChromeRemover
{
    private const string NeverContent =
        "script, style, noscript, template, iframe, object, embed, svg, canvas, button, select, input, textarea, nav, aside, footer, "
        + "[hidden], [aria-hidden=true], [role=navigation], [role=banner], [role=contentinfo], [role=complementary]";

    public static void Remove(IDocument document)
    {
        foreach (var element in document.QuerySelectorAll(NeverContent).ToList())
        {
            element.Remove();
        }

        foreach (var header in document.QuerySelectorAll("header").Where(h => h.QuerySelector("h1") is null).ToList())
        {
            header.Remove();
        }

        var bodyLength = document.Body?.TextContent.Length ?? 0;
        foreach (var element in document.QuerySelectorAll("form, [class], [id], [style]").ToList())
        {
            if (element.LocalName is "body" or "html" or "main" or "article" || !(element.LocalName == "form" || IsFurniture(element)))
            {
                continue;
            }

            // A wrapper named "nav-wrap" (or an ASP.NET form) around the whole page would take the story
            // with it; a comment thread, however long, holds no headline.
            var wrapsStory = element.QuerySelector("h1, article, [itemprop=articleBody]") is not null
                || (!IsCommentThread(element) && element.TextContent.Length >= bodyLength * 0.8);
            if (!wrapsStory)
            {
                element.Remove();
            }
        }
    }

    private static bool IsCommentThread(IElement element) =>
        NameSplitter().Split($"{element.GetAttribute("class")} {element.GetAttribute("id")}".ToLowerInvariant()).Any(t => t is "comment" or "comments" or "replies");

    private static bool IsFurniture(IElement element)
    {
        var style = element.GetAttribute("style");
        if (style is not null && HiddenStyle().IsMatch(style))
        {
            return true;
        }

        var names = $"{element.GetAttribute("class")} {element.GetAttribute("id")}";
        var tokens = NameSplitter().Split(names.ToLowerInvariant());
        return tokens.Any(FurnitureWords.Contains) && !tokens.Any(ContentWords.Contains);
    }

    private static readonly HashSet<string> FurnitureWords =
    [
        "nav", "navbar", "menu", "breadcrumb", "breadcrumbs", "crumb", "crumbs", "footer", "foot", "sidebar", "share", "sharing",
        "social", "related", "comment", "comments", "advert", "ad", "ads", "banner", "toolbar", "pager", "pagination", "copyright",
        "subscribe", "newsletter", "promo", "sponsor", "login", "search", "popup", "modal", "cookie", "masthead", "topbar",
        "dibu", "daohang", "weizhi", "fenxiang", "bottom", "recommend", "hot", "rank", "print", "fontsize", "zihao", "disclaimer", "statement", "mianze",
    ];

    private static readonly HashSet<string> ContentWords = ["article", "content", "body", "text", "story", "post", "entry", "detail", "zoom"];

    [GeneratedRegex(@"display\s*:\s*none|visibility\s*:\s*hidden", RegexOptions.IgnoreCase)]
    private static partial Regex HiddenStyle();

    [GeneratedRegex(@"[^a-z0-9]+")]
    private static partial Regex NameSplitter();
}
