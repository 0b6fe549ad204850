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

    /// <summary>A page parsed, its chrome removed and its story located, before the block model decides.</summary>
    internal sealed record PreparedPage(ArticleMetadata Metadata, List<PageBlock> Blocks, IReadOnlyList<string> LinesBelow, string Language, bool Chinese);

    public static ExtractionResult Read(string html, Uri url, string? languageHint, ExtractionParameters parameters, IReadOnlySet<long>? template, Func<string, Uri, string?> secondReader)
    {
        var (prepared, error) = Prepare(html, url, languageHint);
        if (prepared is null)
        {
            return ExtractionResult.Failure(error!);
        }

        var selection = BlockSelector.Select(prepared.Blocks, prepared.Metadata.Title, prepared.Chinese, parameters, template);
        var result = ArticleAssembler.Assemble(prepared.Metadata, selection.Blocks, prepared.Language, trimTrailingShortLines: false, prepared.LinesBelow);
        if (result.Article is null)
        {
            // The model found no prose where the locator did: the locator's container, as it stands, is the better guess.
            result = ArticleAssembler.Assemble(prepared.Metadata, selection.Located, prepared.Language, trimTrailingShortLines: false, prepared.LinesBelow);
        }

        if (result.Article is null && SecondOpinion.Paragraphs(secondReader(html, url)) is { Count: > 0 } second)
        {
            // Neither found prose: the second extractor's text, with this page's metadata, is better than no article.
            result = ArticleAssembler.Assemble(prepared.Metadata, second.Select(PageBlock.Paragraph).ToList(), prepared.Language, trimTrailingShortLines: false, prepared.LinesBelow);
            result = result.Article is null ? result : result with { UsedSecondOpinion = true };
        }

        return result with
        {
            Confidence = selection.Confidence,
            MinimumProbability = selection.MinimumProbability,
            LinkDensity = selection.LinkDensity,
            PageBlockFingerprints = selection.Fingerprints,
        };
    }

    /// <summary>Everything before the block model's decision; the evaluation fits the model on these blocks.</summary>
    internal static (PreparedPage? Page, string? Error) Prepare(string html, Uri url, string? languageHint)
    {
        if (MarkupDepthGuard.IsTooDeep(html))
        {
            return (null, $"The HTML nests more than {MarkupDepthGuard.MaxUnclosedContainers} unclosed containers; it is not a readable page.");
        }

        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        using var document = parser.ParseDocument(UnclosedTitleRepair.Repair(html));
        if (document.Body is null)
        {
            return (null, "The HTML page has no body.");
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
            return (null, "No article text found in the HTML page.");
        }

        // The whole body once, each block marked in or out of the located containers: the model may drop
        // blocks inside and add blocks outside, and the metadata readers see the page around the story.
        var page = HtmlBlockFlattener.Flatten(document.Body, url, MaxContentBlocks, containers.ToHashSet());
        var content = page.Where(b => b.InStoryContainer).ToList();
        var linesBelow = SurroundingMetadataReader.Read(document.Body, content, url, chinese, metadata, page);
        return (new PreparedPage(metadata, page, linesBelow, language, chinese), null);
    }
}
