using A11yFeed.Text;
using AngleSharp.Html.Parser;

namespace A11yFeed.Extraction;

/// <summary>
/// Reads an HTML page: metadata from markup, site furniture removed, the story container located and
/// flattened, and the metadata lines printed above the story (来源/发布时间 bars) read as well.
/// </summary>
internal static class HtmlArticleReader
{
    private const int MaxBlocksAbove = 400;
    private const int MaxDateLineLength = 120;

    // Far more paragraphs than any article has; beyond it the page is a dump, and work stays bounded.
    private const int MaxContentBlocks = 5000;

    public static ExtractionResult Read(string html, Uri url, string? languageHint)
    {
        if (MarkupDepthGuard.IsTooDeep(html))
        {
            return ExtractionResult.Failure($"The HTML nests more than {MarkupDepthGuard.MaxUnclosedContainers} unclosed containers; it is not a readable page.");
        }

        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        using var document = parser.ParseDocument(html);
        if (document.Body is null)
        {
            return ExtractionResult.Failure("The HTML page has no body.");
        }

        var pageText = TextNormaliser.Normalise(document.Body.TextContent);
        var declared = document.DocumentElement.GetAttribute("lang");
        var language = LanguageDetector.Detect(languageHint, declared, document.Title + " " + pageText);
        var chinese = LanguageDetector.IsChinese(language);

        var metadata = HtmlMetadataReader.Read(document, url, chinese);
        metadata.Subtitle = SubtitleFinder.Find(document, metadata.Title);
        HtmlChromeRemover.Remove(document);

        var containers = HtmlContentLocator.Locate(document);
        if (containers.Count == 0)
        {
            return ExtractionResult.Failure("No article text found in the HTML page.");
        }

        var content = containers.SelectMany(c => HtmlBlockFlattener.Flatten(c, url, MaxContentBlocks)).Take(MaxContentBlocks).ToList();
        ReadMetadataAbove(document.Body, content, url, chinese, metadata);
        return ArticleAssembler.Assemble(metadata, content, language, trimTrailingShortLines: false);
    }

    // Chinese article pages print 来源/发布时间 in a bar between the headline and the story, outside the story's container.
    // When no line is labelled, the date printed nearest above the story (under the headline) is its date;
    // dates further up are the site header's "today", those in links are other stories.
    private static void ReadMetadataAbove(AngleSharp.Dom.IElement body, List<PageBlock> content, Uri url, bool chinese, ArticleMetadata metadata)
    {
        var firstContent = content.Select(b => TextNormaliser.Normalise(b.Text)).FirstOrDefault(t => t.Length > 0);
        DateTimeOffset? nearest = null;
        foreach (var block in HtmlBlockFlattener.Flatten(body, url, MaxBlocksAbove))
        {
            var text = TextNormaliser.Normalise(block.Text);
            if (text == firstContent)
            {
                break;
            }

            MetadataLineReader.TryRead(text, chinese, metadata);
            if (block.Kind != PageBlockKind.Link && text.Length <= MaxDateLineLength && PublishTimeParser.TryFind(text, chinese, out var date))
            {
                nearest = date;
            }
        }

        metadata.Offer(published: nearest);
    }
}
