using AngleSharp.Dom;

namespace A11yFeed.Extraction;

/// <summary>
/// Readability's sibling step: a story often continues outside its best container (the table after the
/// text table, the next post block, a paragraph the template set apart), so siblings of the winner that
/// hold enough prose of their own, or look like it, join it in reading order.
/// </summary>
internal static class SiblingMerger
{
    private const double MinSiblingScore = 10;
    private const double SiblingShare = 0.2;

    public static IReadOnlyList<IElement> Merge(IElement top, double topScore, IReadOnlyList<(IElement Element, double Score)> paragraphs)
    {
        // A lone child says nothing about its neighbours; its parent's siblings are the real neighbours.
        while (top.ParentElement is { LocalName: not ("body" or "html") } parent && parent.Children.Length == 1)
        {
            top = parent;
        }

        if (top.ParentElement is not { } container)
        {
            return [top];
        }

        var threshold = Math.Max(MinSiblingScore, topScore * SiblingShare);
        var topClass = top.ClassName;
        var merged = new List<IElement>();
        foreach (var sibling in container.Children)
        {
            if (sibling == top || Joins(sibling, threshold, topScore, topClass, paragraphs))
            {
                merged.Add(sibling);
            }
        }

        return merged;
    }

    private static bool Joins(IElement sibling, double threshold, double topScore, string? topClass, IReadOnlyList<(IElement Element, double Score)> paragraphs)
    {
        if (sibling.LocalName is "script" or "style" or "nav" or "aside" or "footer" or "header" or "form")
        {
            return false;
        }

        var linkDensity = HtmlContentLocator.LinkDensity(sibling);
        var bonus = !string.IsNullOrEmpty(topClass) && sibling.ClassName == topClass ? topScore * SiblingShare : 0;
        var inside = paragraphs.Where(p => sibling == p.Element || sibling.Contains(p.Element)).ToList();

        // A list beside the story is replies or other stories, however much text its items hold.
        if (inside.Count > 0 && inside.All(p => p.Element.Closest("li") is { } item && (sibling == item || sibling.Contains(item))))
        {
            return false;
        }

        var score = inside.Sum(p => p.Score);
        if (score > 0 && score * (1 - linkDensity) + bonus >= threshold)
        {
            return true;
        }

        if (sibling.LocalName != "p")
        {
            return false;
        }

        var text = sibling.TextContent.Trim();
        return (text.Length > 80 && linkDensity < 0.25)
            || (text.Length is > 0 and <= 80 && linkDensity == 0 && (text.Contains('。') || text.Contains(". ", StringComparison.Ordinal) || text.EndsWith('.')));
    }
}
