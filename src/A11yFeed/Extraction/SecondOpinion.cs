using A11yFeed.Text;

namespace A11yFeed.Extraction;

/// <summary>
/// Where the block model is unsure, a second extractor reads the page too, as trafilatura falls back to
/// its baselines. The stated rule: ask only when our body is shorter than the fitted length or the kept
/// blocks' mean probability is below the fitted confidence; then take the second body only when it is at
/// least the fitted ratio times as long as ours (a longer body from a different method means ours missed
/// part of the story; a similar one means ours was right and keeps its captions and clean paragraphs).
/// Metadata always stays ours. And when our reader finds no prose at all, the second extractor's text is the
/// body (see <see cref="HtmlArticleReader"/>). The second extractor is SmartReader, a C# port of Mozilla Readability.
/// </summary>
internal static class SecondOpinion
{
    public static ExtractionResult Consider(ExtractionResult result, string html, Uri url, ExtractionParameters parameters, Func<string, Uri, string?> secondReader)
    {
        // A body that already is the second extractor's (our reader found no prose) would only be read again and compared with itself.
        if (result.Article is not { } ours || result.UsedSecondOpinion || double.IsPositiveInfinity(parameters.SecondOpinionRatio))
        {
            return result;
        }

        var length = ours.Paragraphs.Sum(p => p.Length);
        if (length >= parameters.SecondOpinionBelowLength && (result.Confidence ?? 1) >= parameters.SecondOpinionBelowConfidence)
        {
            return result;
        }

        var paragraphs = Paragraphs(secondReader(html, url));
        if (paragraphs.Count == 0 || paragraphs.Sum(p => p.Length) < parameters.SecondOpinionRatio * length)
        {
            return result;
        }

        return result with { Article = ours with { Paragraphs = paragraphs }, UsedSecondOpinion = true };
    }

    /// <summary>SmartReader's text for the page, or null when it finds none or fails.</summary>
    public static string? SmartReaderText(string html, Uri url)
    {
        try
        {
            // The (uri, text) constructor reads the given text; the static ParseArticle(string, string) would fetch the uri.
            var article = new SmartReader.Reader(url.AbsoluteUri, html).GetArticle();
            return string.IsNullOrWhiteSpace(article.TextContent) ? null : article.TextContent;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The second opinion is optional: its failure leaves our own result standing.
            return null;
        }
    }

    public static List<string> Paragraphs(string? text) =>
        text is null ? [] : text.Split('\n').Select(TextNormaliser.Normalise).Where(p => p.Length > 0).ToList();
}
