using A11yFeed.Bench.Scoring;
using A11yFeed.Extraction;

namespace A11yFeed.Bench.Extraction;

/// <summary>One training page for the chooser: our result (no second opinion), SmartReader's paragraphs, and both bodies' scores.</summary>
internal sealed record ChooserPage(ExtractionResult Ours, List<string> Second, (double Precision, double Recall) OursScore, (double Precision, double Recall) SecondScore);

/// <summary>
/// Fits the second-opinion rule on training pages: the body chooser's logistic weights on every page where
/// both bodies exist (label: SmartReader's body scored higher; pages where the two score within 0.02 are left
/// out; each page weighted by how much F1 the choice is worth), then the gate (our body shorter than a length,
/// or the kept blocks' mean probability below a confidence) and the probability at which SmartReader's body is
/// taken; the gate may also ask where a second logistic model, on our result's features alone (no second
/// reading needed to compute them), finds the second body likely better. Reading a page twice costs time, so the gate is chosen by pooled F1 minus <see cref="GateCost"/> times
/// the share of pages it asks: a gate that asks every page must gain a hundredth of F1 over one that asks none.
/// </summary>
internal static class BodyChooserFitter
{
    private const double L2 = 1.0;
    private const int Iterations = 15;
    private const double Tie = 0.02;
    private const double GateCost = 0.01;

    private static readonly int[] Lengths = [0, 300, 600, 1200, 2400, int.MaxValue];
    private static readonly double[] Confidences = [0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01];
    private static readonly double[] Aboves = [0.5, 0.6, 0.7, 0.8, 0.9];
    private static readonly double[] GateAboves = [0.1, 0.2, 0.3, 0.4, 0.5, 1.01];

    public static ExtractionParameters Fit(ExtractionParameters model, IReadOnlyList<ChooserPage> pages)
    {
        var features = pages.Select(p => p.Ours.Article is null || p.Second.Count == 0 ? null : BodyChooser.Features(p.Ours, p.Second)).ToList();
        var rows = Enumerable.Range(0, pages.Count).Where(i => features[i] is not null)
            .Select(i => (Features: features[i]!, Gain: F1(pages[i].SecondScore) - F1(pages[i].OursScore)))
            .Where(r => Math.Abs(r.Gain) >= Tie)
            .Select(r => (r.Features, r.Gain > 0, Math.Abs(r.Gain)))
            .ToList();
        if (rows.Count == 0)
        {
            return model;
        }

        var weights = LogisticFitter.Fit(rows, BodyChooser.Count, L2, Iterations);
        var gateWeights = LogisticFitter.Fit(rows.Select(r => (BodyChooser.GateFeatures(r.Item1), r.Item2, r.Item3)).ToList(), BodyChooser.GateNames.Length, L2, Iterations);
        var probabilities = features.Select(f => f is null ? 0 : BodyChooser.SecondIsBetter(f, weights)).ToList();
        var gateProbabilities = features.Select(f => f is null ? 0 : BodyChooser.SecondIsBetter(BodyChooser.GateFeatures(f), gateWeights)).ToList();
        var best = (Parameters: model, Score: ShingleScorer.F1(pages.Select(p => p.OursScore).ToList()));
        foreach (var (length, confidence, gateAbove) in Lengths.SelectMany(l => Confidences.SelectMany(c => GateAboves.Select(g => (l, c, g)))))
        {
            var gated = model with
            {
                SecondOpinionBelowLength = length, SecondOpinionBelowConfidence = confidence, ChooserWeights = weights, GateWeights = gateWeights, GateAbove = gateAbove,
            };
            var asked = Enumerable.Range(0, pages.Count).Select(i => features[i] is not null && SecondOpinion.IsUnsure(pages[i].Ours, gated, gateProbabilities[i])).ToList();
            var cost = GateCost * asked.Count(a => a) / pages.Count;
            foreach (var above in Aboves)
            {
                var chosen = pages.Select((p, i) => asked[i] && probabilities[i] >= above ? p.SecondScore : p.OursScore).ToList();
                var score = ShingleScorer.F1(chosen) - cost;
                if (score > best.Score + 1e-9)
                {
                    best = (gated with { ChooserAbove = above }, score);
                }
            }
        }

        return best.Parameters;
    }

    private static double F1((double Precision, double Recall) score) =>
        score.Precision + score.Recall == 0 ? 0 : 2 * score.Precision * score.Recall / (score.Precision + score.Recall);
}
