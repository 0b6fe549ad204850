using System.Text.RegularExpressions;

namespace A11yFeed.Bench.Extraction;

/// <summary>
/// Which site a corpus page came from, so cross-validation never scores a page of a site it was tuned on:
/// the labelled URL where the corpus gives one, otherwise the page's own canonical, og:url or base address,
/// otherwise the host most of its absolute links point to (a site links to itself more than to anyone).
/// The key is the registrable domain ("news.bbc.co.uk" and "www.bbc.co.uk" are one site).
/// </summary>
internal static partial class SiteKey
{
    private static readonly HashSet<string> SecondLevel =
        ["co", "com", "net", "org", "gov", "edu", "ac", "gv", "or", "ne", "go", "mil"];

    public static string Of(Uri? url, string html, string id)
    {
        if (url is not null)
        {
            return Registrable(url.Host);
        }

        foreach (var match in OwnAddress().Matches(html).Take(5))
        {
            if (Uri.TryCreate(match.Groups["u"].Value, UriKind.Absolute, out var own) && own.Host.Contains('.'))
            {
                return Registrable(own.Host);
            }
        }

        var hosts = AbsoluteLink().Matches(html).Select(m => Registrable(m.Groups["h"].Value.ToLowerInvariant()))
            .Where(h => h.Contains('.')).GroupBy(h => h).OrderByDescending(g => g.Count()).FirstOrDefault();
        return hosts is not null && hosts.Count() >= 3 ? hosts.Key : "page:" + id;
    }

    public static string Registrable(string host)
    {
        var labels = host.ToLowerInvariant().TrimEnd('.').Split('.');
        if (labels.Length <= 2)
        {
            return string.Join('.', labels);
        }

        var keep = labels[^1].Length == 2 && SecondLevel.Contains(labels[^2]) ? 3 : 2;
        return string.Join('.', labels[^keep..]);
    }

    [GeneratedRegex(@"<(?:link[^>]+rel=[""']?canonical[^>]+href|meta[^>]+property=[""']og:url[^>]+content|base[^>]+href)=[""'](?<u>https?://[^""']+)", RegexOptions.IgnoreCase)]
    private static partial Regex OwnAddress();

    [GeneratedRegex(@"href=[""']?https?://(?<h>[a-z0-9.-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex AbsoluteLink();
}
