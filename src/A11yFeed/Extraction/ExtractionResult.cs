namespace A11yFeed.Extraction;

/// <summary>Either an article or the reason none was found; a page without an article is normal input.</summary>
public sealed record ExtractionResult(ExtractedArticle? Article, string? Error)
{
    /// <summary>The block model's length-weighted mean story probability of the kept blocks (HTML pages only).</summary>
    public double? Confidence { get; init; }

    /// <summary>The lowest story probability among the kept blocks (HTML pages only).</summary>
    public double? MinimumProbability { get; init; }

    /// <summary>Linked characters over all characters of the kept blocks (HTML pages only).</summary>
    public double? LinkDensity { get; init; }

    /// <summary>True when the second extractor's body replaced ours (see <see cref="SecondOpinion"/>).</summary>
    public bool UsedSecondOpinion { get; init; }

    /// <summary>Fingerprints of every text block on the page, which the source's template memory learns from.</summary>
    public IReadOnlyCollection<long> PageBlockFingerprints { get; init; } = [];

    public static ExtractionResult Success(ExtractedArticle article) => new(article, null);
    public static ExtractionResult Failure(string error) => new(null, error);
}
