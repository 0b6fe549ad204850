using System.Text;
using AngleSharp.Dom;

namespace A11yFeed.Extraction;

/// <summary>
/// Walks an element in reading order and emits one block per paragraph-like run of text, one per
/// image and one per figcaption. Inline markup is flattened; &lt;br&gt; and block elements break lines.
/// </summary>
internal sealed class HtmlBlockFlattener
{

    private static readonly HashSet<string> BlockElements =
    [
        "p", "div", "section", "article", "main", "header", "li", "ul", "ol", "dl", "dd", "dt", "blockquote", "pre",
        "table", "tbody", "thead", "tr", "td", "th", "figure", "center", "address", "hr", "body", "h1", "h2", "h3", "h4", "h5", "h6",
    ];

    private readonly Uri _pageUrl;
    private readonly List<PageBlock> _blocks = [];
    private readonly StringBuilder _line = new();
    private readonly int _maxBlocks;
    private readonly IReadOnlySet<IElement>? _marked;
    private int _linkedLength;
    private int _linkDepth;
    private int _depth;
    private int _listDepth;
    private int _markedDepth;

    // Link depth outside each open story container: a container inside a stray, never-closed <a> is still prose.
    private readonly Stack<int> _linkDepthOutside = new();

    private HtmlBlockFlattener(Uri pageUrl, int maxBlocks, IReadOnlySet<IElement>? marked) => (_pageUrl, _maxBlocks, _marked) = (pageUrl, maxBlocks, marked);

    /// <summary>
    /// The blocks under <paramref name="root"/>; those inside one of <paramref name="marked"/> (the located
    /// story containers) say so, which is one of the block model's features.
    /// </summary>
    public static List<PageBlock> Flatten(IElement root, Uri pageUrl, int maxBlocks = int.MaxValue, IReadOnlySet<IElement>? marked = null)
    {
        var flattener = new HtmlBlockFlattener(pageUrl, maxBlocks, marked);
        flattener.Walk(root);
        flattener.Flush(PageBlockKind.Paragraph);
        return flattener._blocks;
    }

    // Iterative on purpose: broken pages nest thousands of unclosed elements, which would overflow a recursive walk.
    private void Walk(IElement root)
    {
        var stack = new Stack<(INode Node, bool Closing)>();
        stack.Push((root, false));
        while (stack.Count > 0 && _blocks.Count < _maxBlocks)
        {
            var (node, closing) = stack.Pop();
            if (closing)
            {
                var element = (IElement)node;
                if (element.LocalName == "a")
                {
                    _linkDepth--;
                }
                else if (BlockElements.Contains(element.LocalName) || IsMarked(element))
                {
                    Flush(element.LocalName is ['h', >= '1' and <= '6'] ? PageBlockKind.Heading : PageBlockKind.Paragraph);
                }

                Close(element);
                continue;
            }

            switch (node)
            {
                case IText text:
                    Append(text);
                    break;
                case IElement { LocalName: "br" }:
                    Flush(PageBlockKind.Paragraph);
                    break;
                case IElement { LocalName: "img" } image:
                    Flush(PageBlockKind.Paragraph);
                    AddImage(image);
                    break;
                case IElement { LocalName: "figcaption" } caption:
                    Flush(PageBlockKind.Paragraph);
                    _blocks.Add(Placed(new PageBlock(PageBlockKind.Caption, caption.TextContent)));
                    break;
                case IElement element:
                    if (BlockElements.Contains(element.LocalName) || IsMarked(element))
                    {
                        Flush(PageBlockKind.Paragraph);
                    }
                    else if (element.LocalName == "a")
                    {
                        _linkDepth++;
                    }

                    Open(element);
                    stack.Push((element, true));

                    for (var i = element.ChildNodes.Length - 1; i >= 0; i--)
                    {
                        stack.Push((element.ChildNodes[i], false));
                    }

                    break;
            }
        }
    }

    private bool IsMarked(IElement element) => _marked is not null && _marked.Contains(element);

    private void Open(IElement element)
    {
        _depth++;
        _listDepth += element.LocalName == "li" ? 1 : 0;
        if (IsMarked(element))
        {
            _markedDepth++;
            _linkDepthOutside.Push(_linkDepth);
            _linkDepth = 0;
        }
    }

    private void Close(IElement element)
    {
        _depth--;
        _listDepth -= element.LocalName == "li" ? 1 : 0;
        if (IsMarked(element))
        {
            _markedDepth--;
            _linkDepth = _linkDepthOutside.Pop();
        }
    }

    private PageBlock Placed(PageBlock block, int linked = 0) => block with
    {
        Depth = _depth,
        InList = _listDepth > 0,
        InStoryContainer = _marked is null || _markedDepth > 0,
        LinkedLength = linked,
    };

    private void Append(IText text)
    {
        _line.Append(text.Data);
        if (_linkDepth > 0)
        {
            _linkedLength += Visible(text.Data);
        }
    }

    private static int Visible(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            count += char.IsWhiteSpace(c) ? 0 : 1;
        }

        return count;
    }

    private void AddImage(IElement image)
    {
        var source = image.GetAttribute("data-src") ?? image.GetAttribute("data-original") ?? image.GetAttribute("src");
        if (string.IsNullOrWhiteSpace(source) || source.StartsWith("data:", StringComparison.OrdinalIgnoreCase) || IsPixel(image))
        {
            return;
        }

        Uri.TryCreate(_pageUrl, source.Trim(), out var resolved);
        _blocks.Add(Placed(new PageBlock(PageBlockKind.Image, image.GetAttribute("alt") ?? image.GetAttribute("title") ?? string.Empty, resolved)));
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
        var linked = _linkedLength;
        _line.Clear();
        _linkedLength = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        // A line that is all link text is a menu entry or a list of other stories, not prose.
        // Only visible characters count: the spaces between the links of a tag cloud are not prose.
        var isLinkList = linked >= Visible(text) * 0.8;
        _blocks.Add(Placed(new PageBlock(isLinkList ? PageBlockKind.Link : kind, text), linked));
    }
}
