using System.Text;
using A11yFeed.Model;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace A11yFeed.Extraction;

/// <summary>
/// Reads an HTML page: metadata from markup, site furniture removed, the story container located and
/// flattened, and the metadata lines printed above the story (来源/发布时间 bars) read as well.
/// </summary>
internal static class HtmlArticleReader
{

    // Far more paragraphs than any article has; beyond it the page is a dump, and work stays bounded.
    private const int MaxContentBlocks = 5000;

    private const int LanguageSampleLength = 4000;

    // Old portals open the body with kilobytes of inline script; counting its letters would call a Chinese page English.
    private static string VisibleTextSample(IElement body)
    {
        var sample = new StringBuilder();
        foreach (var text in body.Descendants<IText>())
        {
            if (text.ParentElement?.LocalName is "script" or "style" or "noscript" or "template")
            {
                continue;
            }

            sample.Append(text.Data);
            if (sample.Length >= LanguageSampleLength)
            {
                break;
            }
        }

        return sample.ToString();
    }

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

        var declared = document.DocumentElement.GetAttribute("lang");
        var language = LanguageDetector.Detect(languageHint, declared, document.Title + " " + VisibleTextSample(document.Body));
        var chinese = LanguageTag.IsChinese(language);

        var metadata = HtmlMetadataReader.Read(document, url, chinese);
        metadata.Subtitle = SubtitleFinder.Find(document, metadata.Title);
        HtmlChromeRemover.Remove(document);

        var containers = HtmlContentLocator.Locate(document);
        if (containers.Count == 0)
        {
            return ExtractionResult.Failure("No article text found in the HTML page.");
        }

        var content = containers.SelectMany(c => HtmlBlockFlattener.Flatten(c, url, MaxContentBlocks)).Take(MaxContentBlocks).ToList();
        var linesBelow = SurroundingMetadataReader.Read(document.Body, content, url, chinese, metadata);
        return ArticleAssembler.Assemble(metadata, content, language, trimTrailingShortLines: false, linesBelow);
    }
}
