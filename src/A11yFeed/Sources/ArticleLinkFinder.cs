using System.Text.RegularExpressions;
using A11yFeed.Fetching;
using AngleSharp.Dom;


namespace A11yFeed.Sources;

/// <summary>
/// Picks article links from a list page. Without a selector it keeps links that look like articles
/// (same site, under the list's folder, digits or a date in the path, an .html-like name, a real headline)
/// outside navigation and pagination, then keeps only the main list: the container holding most of them.
/// </summary>
public static partial class ArticleLinkFinder
{
    private const int MinTitleLength = 6;

    private static readonly string[] ChromeWords =
        ["nav", "menu", "footer", "header", "breadcrumb", "crumb", "crumbs", "pagination", "pager", "paging", "fenye", "fy", "sidebar", "topbar", "toolbar"];

    public static IReadOnlyList<PageLink> FindBySelector(IDocument document, Uri baseUrl, string selector)
    {
        IHtmlCollection<IElement> matches;
        try
        {
            matches = document.QuerySelectorAll(selector);
        }
        catch (DomException ex)
        {
            throw new FetchException($"'{selector}' is not a valid CSS selector", isTransient: false, ex);
        }

        return matches
            .SelectMany(element => element.LocalName == "a" ? [element] : element.QuerySelectorAll("a[href]").ToArray())
            .Select(anchor => ToLink(anchor, baseUrl))
            .OfType<PageLink>()
            .ToList();
    }

    public static IReadOnlyList<PageLink> FindAutomatically(IDocument document, Uri pageUrl)
    {
        var folder = pageUrl.AbsolutePath[..(pageUrl.AbsolutePath.LastIndexOf('/') + 1)];
        var candidates = document.QuerySelectorAll("a[href]")
            .Where(anchor => !IsInPageChrome(anchor))
            .Select(anchor => (Anchor: anchor, Link: ToLink(anchor, pageUrl)))
            .Where(c => c.Link is { } link && link.Title.Length >= MinTitleLength && LooksLikeArticle(link.Url, pageUrl, folder))
            .Select(c => (c.Anchor, Link: c.Link!, Container: ListContainer(c.Anchor)))
            .ToList();
        if (candidates.Count == 0)
        {
            return [];
        }

        // A list split into several blocks shares one parent; side lists ("hot news") sit elsewhere.
        var main = candidates.GroupBy(c => c.Container, ReferenceEqualityComparer.Instance).MaxBy(g => g.Count())!.Key as IElement;
        return candidates
            .Where(c => c.Container == main || (main?.ParentElement is { } parent && c.Container?.ParentElement == parent))
            .Select(c => c.Link)
            .ToList();
    }

    private static PageLink? ToLink(IElement anchor, Uri baseUrl)
    {
        var href = anchor.GetAttribute("href")?.Trim();
        if (string.IsNullOrEmpty(href) || !Uri.TryCreate(baseUrl, href, out var url)
            || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            return null;
        }

        var text = Whitespace().Replace(anchor.TextContent, " ").Trim();

        // Lists often cut long headlines ("…") and keep the whole one in the title attribute.
        var title = anchor.GetAttribute("title")?.Trim();
        return new PageLink(url, title is not null && title.Length > text.Length ? title : text);
    }

    private static bool LooksLikeArticle(Uri url, Uri pageUrl, string folder)
    {
        if (!SameSite(url, pageUrl) || url.AbsolutePath == pageUrl.AbsolutePath)
        {
            return false;
        }

        var path = url.AbsolutePath;
        var name = path[(path.LastIndexOf('/') + 1)..];
        if (name.Length == 0 || IndexName().IsMatch(name))
        {
            return false;
        }

        var score = 0;
        score += DigitsOrDate().IsMatch(path) ? 1 : 0;
        score += ArticleExtension().IsMatch(name) ? 1 : 0;
        score += path.StartsWith(folder, StringComparison.Ordinal) && path.Length > folder.Length ? 1 : 0;
        return score >= 2;
    }

    private static bool SameSite(Uri a, Uri b) =>
        string.Equals(StripWww(a.Host), StripWww(b.Host), StringComparison.OrdinalIgnoreCase);

    private static string StripWww(string host) => host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..] : host;

    private static bool IsInPageChrome(IElement anchor)
    {
        for (var element = anchor.ParentElement; element is not null; element = element.ParentElement)
        {
            if (element.LocalName is "nav" or "header" or "footer" or "aside")
            {
                return true;
            }

            var names = $"{element.GetAttribute("class")} {element.Id}".ToLowerInvariant();
            if (names.Split([' ', '-', '_'], StringSplitOptions.RemoveEmptyEntries).Any(ChromeWords.Contains))
            {
                return true;
            }
        }

        return false;
    }

    private static IElement? ListContainer(IElement anchor) =>
        anchor.Closest("ul, ol, table, dl") ?? anchor.ParentElement?.ParentElement ?? anchor.ParentElement;

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^(index|list|default|more)(_\d+)?\.(s?html?|php|aspx?|jsp)$", RegexOptions.IgnoreCase)]
    private static partial Regex IndexName();

    [GeneratedRegex(@"\d{4,}|\d{4}[-_/]\d{1,2}")]
    private static partial Regex DigitsOrDate();

    [GeneratedRegex(@"\.(s?html?)$", RegexOptions.IgnoreCase)]
    private static partial Regex ArticleExtension();
}
