using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace A11yFeed.Extraction;

/// <summary>
/// Finds the other pages of an article split over several ("第2页", "下一页", "[3]", index_1.html,
/// ?page=2): links whose text names a page and whose address is a sibling of this page's (same site,
/// same folder, same file name up to a page suffix). Never the page itself; at most <see cref="MaxPages"/>.
/// </summary>
public static partial class PaginationFinder
{
    /// <summary>The most pages one article may have, this one included: bounds the fetching a page can cause.</summary>
    public const int MaxPages = 20;

    /// <summary>The sibling pages the page links to, lowest page number first, then "next" links.</summary>
    public static IReadOnlyList<Uri> Find(string html, Uri pageUrl)
    {
        // Most pages have no pager at all; skip the second parse for them.
        if (!Marker().IsMatch(html))
        {
            return [];
        }

        using var document = new HtmlParser(new HtmlParserOptions { IsScripting = false }).ParseDocument(html);
        return Find(document, pageUrl);
    }

    internal static IReadOnlyList<Uri> Find(IDocument document, Uri pageUrl)
    {
        var found = new List<(int Order, Uri Url)>();
        foreach (var link in document.QuerySelectorAll("a[href]"))
        {
            var text = Text.TextNormaliser.Normalise(link.TextContent);
            var numbered = PageNumber().Match(text);
            var order = numbered.Success ? int.Parse(numbered.Groups["n"].Value, CultureInfo.InvariantCulture)
                : NextLink().IsMatch(text) ? int.MaxValue : -1;
            if (order < 1 || !Uri.TryCreate(pageUrl, link.GetAttribute("href")!.Trim(), out var target))
            {
                continue;
            }

            target = WithoutFragment(target);
            if (target != WithoutFragment(pageUrl) && IsSibling(pageUrl, target))
            {
                found.Add((order, target));
            }
        }

        return found.OrderBy(f => f.Order).Select(f => f.Url).Distinct().Take(MaxPages - 1).ToList();
    }

    /// <summary>Same scheme, host and folder, and the same file name once a page suffix ("_2", "-3", page=4) is set aside.</summary>
    internal static bool IsSibling(Uri page, Uri other)
    {
        if (page.Scheme != other.Scheme || !page.Authority.Equals(other.Authority, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var (pageFolder, pageStem) = Split(page.AbsolutePath);
        var (otherFolder, otherStem) = Split(other.AbsolutePath);
        if (pageFolder != otherFolder)
        {
            return false;
        }

        var pageQuery = PageQuery().Replace(page.Query, "");
        var otherQuery = PageQuery().Replace(other.Query, "");
        if (pageQuery != otherQuery)
        {
            return false;
        }

        var pageBase = PageSuffix().Replace(pageStem, "");
        var otherBase = PageSuffix().Replace(otherStem, "");
        return pageStem == otherStem || otherBase == pageStem || pageBase == otherStem || pageBase == otherBase;
    }

    private static (string Folder, string Stem) Split(string path)
    {
        var slash = path.LastIndexOf('/');
        var file = path[(slash + 1)..];
        var dot = file.LastIndexOf('.');
        return (path[..(slash + 1)], dot > 0 ? file[..dot] : file);
    }

    private static Uri WithoutFragment(Uri url) => url.Fragment.Length == 0 ? url : new Uri(url.GetLeftPart(UriPartial.Query));

    [GeneratedRegex(@"下一?页|下一頁|第\s*\d{1,2}\s*页|共\s*\d{1,2}\s*页|index_\d|[_-]\d{1,2}\.s?html?|[?&](?:page|p|pn|pageno)=\d|>\s*(?:next|2)\s*<", RegexOptions.IgnoreCase)]
    private static partial Regex Marker();

    // "2", "[2]", "【2】", "第2页", "(2)": a page number, 2 or more (page 1 is where the reader starts).
    [GeneratedRegex(@"^[\[【(（]?\s*(?:第\s*)?(?<n>[2-9]|1\d|20)\s*(?:页)?\s*[\]】)）]?$")]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"^(?:下一页|下页|下一頁|后一页|next|next page|next ›|next »)\s*[>»›]*$", RegexOptions.IgnoreCase)]
    private static partial Regex NextLink();

    [GeneratedRegex(@"(?<=[?&])(?:page|p|pn|pageno)=\d+&?", RegexOptions.IgnoreCase)]
    private static partial Regex PageQuery();

    [GeneratedRegex(@"[_-]\d{1,2}$")]
    private static partial Regex PageSuffix();
}
