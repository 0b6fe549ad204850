using AngleSharp.Dom;

namespace A11yFeed.Extraction;

/// <summary>
/// A page's &lt;meta content&gt; tags by name (name, property, http-equiv or itemprop, case-insensitive), read
/// in one pass: the metadata readers ask for some twenty names, and a selector query per name walked the
/// whole document each time. Where several tags share a name the first in document order counts.
/// </summary>
internal sealed class PageMetaTags
{
    private readonly Dictionary<string, string?> _contents = new(StringComparer.OrdinalIgnoreCase);

    private PageMetaTags()
    {
    }

    public static PageMetaTags Of(IDocument document)
    {
        var tags = new PageMetaTags();
        foreach (var meta in document.QuerySelectorAll("meta[content]"))
        {
            var key = meta.GetAttribute("name") ?? meta.GetAttribute("property") ?? meta.GetAttribute("http-equiv") ?? meta.GetAttribute("itemprop");
            if (key is not null)
            {
                tags._contents.TryAdd(key, meta.GetAttribute("content"));
            }
        }

        return tags;
    }

    /// <summary>The first tag's content for <paramref name="name"/>, raw; null when no tag has that name.</summary>
    public string? Content(string name) => _contents.GetValueOrDefault(name);
}
