using AngleSharp.Dom;

namespace A11yFeed.Extraction;

/// <summary>
/// Finds the element holding the story: one the page marks (articleBody, a single &lt;article&gt;),
/// otherwise the container that collects the most prose, in the manner of Readability: each
/// paragraph scores its parent fully and its grandparent half, and link-heavy containers lose.
/// </summary>
internal static class HtmlContentLocator
{
    private const int MinParagraphLength = 20;
    private const int MaxScoredElements = 20000;
    private const double MinRepeatedScore = 20;
    private const double RepeatedShare = 0.05;
    private const double ListShare = 0.3;

    /// <summary>The story's containers in reading order: the best one and the siblings that continue it; empty when the page has no body.</summary>
    public static IReadOnlyList<IElement> Locate(IDocument document)
    {
        var marked = document.QuerySelector("[itemprop=articleBody]");
        if (marked is not null && marked.TextContent.Trim().Length >= 100)
        {
            return [marked];
        }

        var articles = document.QuerySelectorAll("article");
        if (articles.Length == 1 && articles[0].TextContent.Trim().Length >= 200)
        {
            return [articles[0]];
        }

        var scores = new Dictionary<IElement, double>();
        var paragraphs = new List<(IElement Element, double Score)>();
        foreach (var element in document.QuerySelectorAll("p, td, pre, blockquote, div, section, font, span").Take(MaxScoredElements))
        {
            var length = OwnTextLength(element);
            if (length < MinParagraphLength)
            {
                continue;
            }

            var text = element.TextContent;
            var score = 1 + text.Count(c => c is ',' or '，' or '。' or '、' or ';' or '；') + Math.Min(length / 100.0, 3);
            paragraphs.Add((element, score));
            Add(scores, element.ParentElement, score);
            Add(scores, element.ParentElement?.ParentElement, score / 2);
        }

        if (scores.Count == 0)
        {
            return document.Body is null ? [] : [document.Body];
        }

        var ranked = scores.Select(pair => (Element: pair.Key, Score: pair.Value * (1 - LinkDensity(pair.Key)))).ToList();
        var (top, topScore) = ranked.MaxBy(pair => pair.Score);
        (top, topScore) = ProseOverList(top, topScore, ranked);
        (top, topScore) = FirstOfRepeatedTemplate(top, topScore, ranked);
        var firstPost = FirstPostBody(top);
        if (firstPost != top)
        {
            // Its neighbours are the other posts of the same template: none continues it.
            return [firstPost];
        }

        return SiblingMerger.Merge(top, topScore, paragraphs);
    }

    // A list that wins by summing many short items is replies or other stories; a prose container
    // with a fair share of its score is the article (a forum's first post above its replies).
    private static (IElement, double) ProseOverList(IElement top, double topScore, List<(IElement Element, double Score)> ranked)
    {
        if (top.LocalName is not ("ul" or "ol"))
        {
            return (top, topScore);
        }

        var prose = ranked.Where(c => c.Element.LocalName is not ("ul" or "ol" or "li") && !top.Contains(c.Element) && !c.Element.Contains(top)).ToList();
        if (prose.Count == 0)
        {
            return (top, topScore);
        }

        var best = prose.MaxBy(c => c.Score);
        return best.Score >= topScore * ListShare ? best : (top, topScore);
    }

    // Blog and forum pages print several posts in one template; the page's own post is the first one
    // (the one the address names), even when a later post is longer.
    private static (IElement, double) FirstOfRepeatedTemplate(IElement top, double topScore, List<(IElement Element, double Score)> ranked)
    {
        var shape = Shape(top);
        var floor = Math.Max(MinRepeatedScore, topScore * RepeatedShare);
        foreach (var (element, score) in ranked)
        {
            if (score >= floor && element != top && top.CompareDocumentPosition(element).HasFlag(DocumentPositions.Preceding)
                && Shape(element) == shape && !element.Contains(top) && !top.Contains(element))
            {
                (top, topScore) = (element, score);
            }
        }

        return (top, topScore);
    }

    // When a post holds its own table, the winner sits deeper than its post body and its shape differs
    // from the earlier posts'. The template's post-body element (an ancestor named for content) still
    // repeats: the first one with prose of its own is the page's post.
    private static IElement FirstPostBody(IElement top)
    {
        var level = 0;
        for (var anchor = top; anchor is not null && anchor.LocalName is not ("body" or "html") && level < MaxPostBodyLevels; anchor = anchor.ParentElement, level++)
        {
            if (!NamesContent(anchor.ClassName))
            {
                continue;
            }

            var shape = Shape(anchor);
            var first = anchor.Owner!.GetElementsByTagName(anchor.LocalName).FirstOrDefault(e =>
                e.ClassName == anchor.ClassName && e != anchor && !e.Contains(anchor)
                && anchor.CompareDocumentPosition(e).HasFlag(DocumentPositions.Preceding)
                && Shape(e) == shape && e.TextContent.Trim().Length >= MinPostLength && LinkDensity(e) < MaxPostLinkDensity);
            if (first is not null)
            {
                return first;
            }
        }

        return top;
    }

    private const int MaxPostBodyLevels = 4;
    private const int MinPostLength = 140;
    private const double MaxPostLinkDensity = 0.3;

    private static bool NamesContent(string? className) =>
        className is not null && className.Split([' ', '-', '_'], StringSplitOptions.RemoveEmptyEntries)
            .Any(t => t.ToLowerInvariant() is "post" or "entry" or "article" or "content" or "body" or "text" or "story");

    // Tag and class names of the element and its three nearest ancestors; ids differ between posts, so they are left out.
    private static string Shape(IElement element)
    {
        var parts = new List<string>();
        for (var e = element; e is not null && parts.Count < 4; e = e.ParentElement)
        {
            parts.Add(e.LocalName + "." + e.ClassName);
        }

        return string.Join('>', parts);
    }

    // Text directly inside the element (not in child blocks), so a wrapper div does not score its whole subtree.
    private static int OwnTextLength(IElement element) =>
        element.ChildNodes.Sum(node => node switch
        {
            IText text => text.Data.Trim().Length,
            IElement { LocalName: "a" or "b" or "strong" or "em" or "i" or "span" or "font" or "u" } inline => inline.TextContent.Trim().Length,
            _ => 0,
        });

    private static void Add(Dictionary<IElement, double> scores, IElement? element, double score)
    {
        if (element is null || element.LocalName is "html")
        {
            return;
        }

        scores[element] = scores.GetValueOrDefault(element) + score;
    }

    internal static double LinkDensity(IElement element)
    {
        var total = element.TextContent.Length;
        if (total == 0)
        {
            return 1;
        }

        var linked = element.QuerySelectorAll("a").Sum(a => a.TextContent.Length);
        return Math.Min(1, (double)linked / total);
    }
}
