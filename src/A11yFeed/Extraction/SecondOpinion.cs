using A11yFeed.Text;

namespace A11yFeed.Extraction;

/// <summary>
/// Where the block model is unsure, a second extractor reads the page too, as trafilatura falls back to
/// its baselines. The stated rule: ask only when our body is shorter than the fitted length or the kept
/// blocks' mean probability is below the fitted confidence or a small fitted model of our result alone says
/// the second body is likely better (a cheap gate, so most pages never pay for the second reading); then <see cref="BodyChooser"/>, a fitted logistic model of the pair, keeps the body it
/// judges better. Metadata always stays ours. And when our reader finds no prose at all, the second
/// extractor's text is the body (see <see cref="HtmlArticleReader"/>). The second extractor is SmartReader,
/// a C# port of Mozilla Readability.
/// </summary>
internal static class SecondOpinion
{
    /// <summary>
    /// Beyond this many characters the second extractor is not asked: its time grows far faster than ours on
    /// huge pages (tens of seconds on a 2 MB page), and no news page in the corpora comes near it.
    /// </summary>
    public const int MaxPageLength = 1_000_000;

    public static ExtractionResult Consider(ExtractionResult result, string html, Uri url, ExtractionParameters parameters, Func<string, Uri, string?> secondReader)
    {
        // A body that already is the second extractor's (our reader found no prose) would only be read again and compared with itself.
        if (result.Article is not { } ours || result.UsedSecondOpinion || !parameters.AsksSecondOpinion || html.Length > MaxPageLength
            || !IsUnsure(result, parameters))
        {
            return result;
        }

        var paragraphs = Paragraphs(secondReader(html, url));
        if (paragraphs.Count == 0 || BodyChooser.SecondIsBetter(BodyChooser.Features(result, paragraphs), parameters.ChooserWeights) < parameters.ChooserAbove)
        {
            return result;
        }

        return result with { Article = ours with { Paragraphs = paragraphs }, UsedSecondOpinion = true };
    }

    /// <summary>
    /// The gate: whether our result is short or unsure enough to ask the second extractor at all, by length,
    /// by the block model's confidence, or by the gate's model of our result alone (no second reading needed).
    /// </summary>
    public static bool IsUnsure(ExtractionResult result, ExtractionParameters parameters) =>
        IsUnsure(result, parameters, parameters.GateAbove <= 1 ? BodyChooser.SecondIsBetter(BodyChooser.GateFeatures(result), parameters.GateWeights) : 0);

    /// <summary>The gate with the gate model's probability already computed (the fitter tries many thresholds on one page).</summary>
    public static bool IsUnsure(ExtractionResult result, ExtractionParameters parameters, double gateProbability) =>
        (result.Article?.Paragraphs.Sum(p => p.Length) ?? 0) < parameters.SecondOpinionBelowLength
        || (result.Confidence ?? 1) < parameters.SecondOpinionBelowConfidence
        || gateProbability >= parameters.GateAbove;

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
