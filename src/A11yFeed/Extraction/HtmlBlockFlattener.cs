using System.Text;
using AngleSharp.Dom;

namespace A11yFeed.Extraction;

/// <summary>
/// Walks an element in reading order and emits one block per paragraph-like run of text, one per
/// image and one per figcaption. Inline markup is flattened; &lt;br&gt; and block elements break lines.
/// </summary>
internal sealed class HtmlBlockFlattener
{
    private const int MaxDepth = 120;

    private static readonly HashSet<string> BlockElements =
    [
        "p", "div", "section", "article", "main", "header", "li", "ul", "ol", "dl", "dd", "dt", "blockquote", "pre",
        "table", "tbody", "thead", "tr", "td", "th", "figure", "center", "address", "hr", "body", "h1", "h2", "h3", "h4", "h5", "h6",
    ];

    private readonly Uri _pageUrl;
    private readonly List<PageBlock> _blocks = [];
    private readonly StringBuilder _line = new();

    private HtmlBlockFlattener(Uri pageUrl) => _pageUrl = pageUrl;

    public static List<PageBlock> Flatten(IElement root, Uri pageUrl)
    {
        var flattener = new HtmlBlockFlattener(pageUrl);
        flattener.Visit(root, 0);
        flattener.Flush(PageBlockKind.Paragraph);
        return flattener._blocks;
    }

    private void Visit(INode node, int depth)
    {
        if (depth > MaxDepth)
        {
            return;
        }

        switch (node)
        {
            case IText text:
                _line.Append(text.Data);
                return;
            case IElement { LocalName: "br" }:
                Flush(PageBlockKind.Paragraph);
                return;
            case IElement { LocalName: "img" } image:
                Flush(PageBlockKind.Paragraph);
                AddImage(image);
                return;
            case IElement { LocalName: "figcaption" } caption:
                Flush(PageBlockKind.Paragraph);
                _blocks.Add(new PageBlock(PageBlockKind.Caption, caption.TextContent));
                return;
            case IElement element:
                var isBlock = BlockElements.Contains(element.LocalName);
                if (isBlock)
                {
                    Flush(PageBlockKind.Paragraph);
                }

                foreach (var child in element.ChildNodes)
                {
                    Visit(child, depth + 1);
                }

                if (isBlock)
                {
                    Flush(element.LocalName is ['h', >= '1' and <= '6'] ? PageBlockKind.Heading : PageBlockKind.Paragraph);
                }

                return;
        }
    }

    private void AddImage(IElement image)
    {
        var source = image.GetAttribute("data-src") ?? image.GetAttribute("data-original") ?? image.GetAttribute("src");
        if (string.IsNullOrWhiteSpace(source) || source.StartsWith("data:", StringComparison.OrdinalIgnoreCase) || IsPixel(image))
        {
            return;
        }

        Uri.TryCreate(_pageUrl, source.Trim(), out var resolved);
        _blocks.Add(new PageBlock(PageBlockKind.Image, image.GetAttribute("alt") ?? image.GetAttribute("title") ?? string.Empty, resolved));
    }

    // Tracking pixels and spacer images are not pictures anyone would describe.
    private static bool IsPixel(IElement image) =>
        image.GetAttribute("width") is "0" or "1" or "2" || image.GetAttribute("height") is "0" or "1" or "2";

    private void Flush(PageBlockKind kind)
    {
        if (_line.Length == 0)
        {
            return;
        }

        var text = _line.ToString();
        _line.Clear();
        if (!string.IsNullOrWhiteSpace(text))
        {
            _blocks.Add(new PageBlock(kind, text));
        }
    }
}
