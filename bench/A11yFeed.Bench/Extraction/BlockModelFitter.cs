using A11yFeed.Extraction;

namespace A11yFeed.Bench.Extraction;

/// <summary>
/// Fits the block model: L2-regularised logistic regression by Newton's method (IRLS) on the training
/// pages' blocks (all languages pooled), each weighted by log(1 + tokens) so long paragraphs count more than menu words, then
/// the keep and add thresholds by a grid on the same pages' block-level precision and recall.
/// Written here rather than taken from ML.NET (which restores): twenty weights need no framework, and the
/// shipped model is a text file the service reads in microseconds with no native libraries beside it.
/// </summary>
internal static class BlockModelFitter
{
    private const double L2 = 1.0;
    private const int Iterations = 12;

    /// <summary>
    /// One set of weights from every page (the Chinese columns let it weigh densities per language; 38 Chinese
    /// pages alone are too few to fit twenty-five weights), then keep and add thresholds per language.
    /// </summary>
    public static ExtractionParameters Fit(IReadOnlyList<PageRows> training)
    {
        var weights = Weights(training.SelectMany(p => p.Rows).ToList());
        var (keep, add) = Thresholds(training.Where(p => !IsChinese(p)).ToList(), weights);
        var chinese = training.Where(IsChinese).ToList();
        var (chineseKeep, chineseAdd) = chinese.Count == 0 ? (keep, add) : Thresholds(chinese, weights);
        return new ExtractionParameters { Weights = weights, KeepAbove = keep, AddAbove = add, ChineseKeepAbove = chineseKeep, ChineseAddAbove = chineseAdd };
    }

    private static bool IsChinese(PageRows page) => page.Rows.Count > 0 && page.Rows[0].Features[Array.IndexOf(BlockFeatures.Names, "chinese")] > 0;

    private static (double Keep, double Add) Thresholds(IReadOnlyList<PageRows> training, double[] weights)
    {
        var fitted = new ExtractionParameters { Weights = weights };
        var probabilities = training.Select(p => p.Rows.Select(r => fitted.Probability(r.Features)).ToArray()).ToList();
        var best = (Keep: 0.0, Add: 1.01, F1: -1.0);
        // The model overrides the locator only where it is sure: a container block goes only when its story
        // probability is low, an outside block joins only when it is high. Wider ranges fitted the training
        // blocks better but undid cases the rules handle by design (captions, a recommendation list's cut-off).
        foreach (var keep in new[] { 0.0, 0.02, 0.05, 0.1, 0.15, 0.2 })
        {
            foreach (var add in new[] { 0.9, 0.95, 0.98, 1.01 })
            {
                var f1 = BlockF1(training, probabilities, keep, add);
                if (f1 > best.F1 + 1e-9)
                {
                    best = (keep, add, f1);
                }
            }
        }

        return (best.Keep, best.Add);
    }

    // Per page: precision and recall of story tokens among the blocks kept; averaged, then F1, as the corpus score is.
    private static double BlockF1(IReadOnlyList<PageRows> pages, List<double[]> probabilities, double keep, double add)
    {
        var (precision, recall) = (0.0, 0.0);
        for (var p = 0; p < pages.Count; p++)
        {
            var (kept, keptStory) = (0, 0);
            var rows = pages[p].Rows;
            for (var i = 0; i < rows.Count; i++)
            {
                if (probabilities[p][i] >= (rows[i].InContainer ? keep : add))
                {
                    kept += rows[i].Tokens;
                    keptStory += rows[i].Story ? rows[i].Tokens : 0;
                }
            }

            precision += kept == 0 ? 0 : (double)keptStory / kept;
            recall += pages[p].StoryTokens == 0 ? 1 : (double)keptStory / pages[p].StoryTokens;
        }

        (precision, recall) = (precision / pages.Count, recall / pages.Count);
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    private static double[] Weights(List<BlockRow> rows) =>
        LogisticFitter.Fit(rows.Select(r => (r.Features, r.Story, Math.Log(1 + r.Tokens))).ToList(), BlockFeatures.Count, L2, Iterations);
}
