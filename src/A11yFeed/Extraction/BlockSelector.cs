namespace A11yFeed.Extraction;

/// <summary>
/// Decides which of a page's blocks are story: the block model scores every text block, blocks in the
/// located container stay unless their score falls below the fitted floor, blocks outside it join only
/// above the fitted bar, and blocks the source's template memory knows as chrome never stay.
/// </summary>
internal static class BlockSelector
{
    /// <param name="Blocks">The blocks for the assembler, in reading order; rejected ones are still offered to the metadata readers.</param>
    /// <param name="Confidence">The mean story probability of the blocks kept, weighted by length: low means the model was unsure.</param>
    /// <param name="Fingerprints">Every text block's fingerprint on the page, for the template memory to learn from.</param>
    /// <param name="Located">The located container's blocks with only the template's verdicts: the fallback when the model leaves no prose.</param>
    public sealed record Selection(List<PageBlock> Blocks, double Confidence, IReadOnlyCollection<long> Fingerprints, List<PageBlock> Located)
    {
        /// <summary>The lowest story probability among the blocks kept (1 when none).</summary>
        public double MinimumProbability { get; init; } = 1;

        /// <summary>Linked characters over all characters of the blocks kept.</summary>
        public double LinkDensity { get; init; }
    }

    public static Selection Select(IReadOnlyList<PageBlock> page, string? title, bool chinese, ExtractionParameters parameters, IReadOnlySet<long>? template)
    {
        // Normalised once: the features, the fingerprints and the credit-line check all read the same text.
        var texts = BlockFeatures.Texts(page);
        var features = BlockFeatures.Of(page, texts, title, chinese);
        var chosen = new List<PageBlock>();
        var located = new List<PageBlock>();
        var fingerprints = new HashSet<long>();
        var (weighted, length, linked, minimum) = (0.0, 0.0, 0.0, 1.0);
        for (var i = 0; i < page.Count; i++)
        {
            var block = page[i];
            if (block.Kind == PageBlockKind.Image)
            {
                if (block.InStoryContainer)
                {
                    chosen.Add(block);
                    located.Add(block);
                }

                continue;
            }

            var fingerprint = BlockFingerprint.OfNormalised(texts[i]);
            if (fingerprint is { } f)
            {
                fingerprints.Add(f);
            }

            var probability = parameters.Probability(features[i]);
            var isTemplate = fingerprint is { } known && template is not null && template.Contains(known);
            // A reporter's credit line is short and unlike prose, but the author reader needs it in the body.
            var keep = !isTemplate && (block.InStoryContainer
                ? probability >= parameters.KeepAboveFor(chinese) || ReporterCreditReader.IsCredit(texts[i])
                : probability >= parameters.AddAboveFor(chinese));
            if (keep)
            {
                weighted += probability * block.Text.Length;
                length += block.Text.Length;
                linked += block.LinkedLength;
                minimum = Math.Min(minimum, probability);
            }

            if (block.InStoryContainer || keep)
            {
                chosen.Add(keep ? block : block with { Rejected = true });
            }

            if (block.InStoryContainer)
            {
                located.Add(isTemplate ? block with { Rejected = true } : block);
            }
        }

        return new Selection(chosen, length == 0 ? 0 : weighted / length, fingerprints, located)
        {
            MinimumProbability = minimum,
            LinkDensity = length == 0 ? 0 : Math.Min(1, linked / length),
        };
    }

    /// <summary>The model's story probability of each block (images get 0), for fitting and inspecting.</summary>
    public static double[] Probabilities(IReadOnlyList<PageBlock> page, string? title, bool chinese, ExtractionParameters parameters) =>
        BlockFeatures.Of(page, title, chinese).Select((row, i) => page[i].Kind == PageBlockKind.Image ? 0 : parameters.Probability(row)).ToArray();
}
