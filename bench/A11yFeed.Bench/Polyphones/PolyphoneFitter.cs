using A11yFeed.Text;

namespace A11yFeed.Bench.Polyphones;

/// <summary>
/// Fits <see cref="PolyphoneModel"/>: counts the examples, choosing smoothing and margin by cross-validation over the
/// examples it is given (so that, inside an outer fold, they are chosen on the training folds only).
/// </summary>
internal static class PolyphoneFitter
{
    public const int Folds = 5;

    private static readonly double[] Smoothings = [0.05, 0.1, 0.2, 0.5, 1, 2, 3, 5, 8];
    private static readonly double[] Margins = [0, 0.25, 0.5, 1, 1.5, 2, 3, 4, 5, 7, 10, 15, double.PositiveInfinity];

    public static PolyphoneModel Fit(IReadOnlyList<PolyphoneExample> examples)
    {
        var (smoothing, margin, wordMargin) = ChooseSettings(examples);
        return Counted(examples, smoothing, margin, wordMargin);
    }

    public static PolyphoneModel Counted(IEnumerable<PolyphoneExample> examples, double smoothing, double margin, double wordMargin)
    {
        var model = new PolyphoneModel(smoothing, margin, wordMargin);
        foreach (var example in examples)
        {
            model.Add(example.Character, example.Label, example.Features);
        }

        return model;
    }

    private static (double Smoothing, double Margin, double WordMargin) ChooseSettings(IReadOnlyList<PolyphoneExample> examples)
    {
        // right[s, m] and rightInWords[s, m]: held-out examples (one-character words; inside longer words) read right
        // with smoothing s and margin m; inner folds by sentence order. The two margins are chosen independently.
        var right = new int[Smoothings.Length, Margins.Length];
        var rightInWords = new int[Smoothings.Length, Margins.Length];
        for (var fold = 0; fold < Folds; fold++)
        {
            var model = Counted(examples.Where((_, i) => i % Folds != fold), 1, 0, 0);
            foreach (var example in examples.Where((_, i) => i % Folds == fold))
            {
                if (example.Ruled is not null)
                {
                    // The reading never asks the model where a rule has spoken; only the rule's own hits count.
                    for (var s = 0; s < Smoothings.Length; s++)
                    {
                        for (var m = 0; m < Margins.Length; m++)
                        {
                            right[s, m] += example.Ruled == example.Label ? 1 : 0;
                        }
                    }

                    continue;
                }

                for (var s = 0; s < Smoothings.Length; s++)
                {
                    var (best, lead) = model.Best(example.Character, example.Otherwise, example.Features, Smoothings[s], example.InsideWord);
                    var counts = example.InsideWord ? rightInWords : right;
                    for (var m = 0; m < Margins.Length; m++)
                    {
                        counts[s, m] += (lead >= Margins[m] ? best : example.Otherwise) == example.Label ? 1 : 0;
                    }
                }
            }
        }

        var chosen = (Smoothing: Smoothings[0], Margin: Margins[0], WordMargin: Margins[0], Right: -1);
        for (var s = 0; s < Smoothings.Length; s++)
        {
            var (m, inWords) = (Best(right, s), Best(rightInWords, s));
            if (right[s, m] + rightInWords[s, inWords] > chosen.Right)
            {
                chosen = (Smoothings[s], Margins[m], Margins[inWords], right[s, m] + rightInWords[s, inWords]);
            }
        }

        return (chosen.Smoothing, chosen.Margin, chosen.WordMargin);
    }

    private static int Best(int[,] right, int s)
    {
        var best = 0;
        for (var m = 1; m < Margins.Length; m++)
        {
            best = right[s, m] > right[s, best] ? m : best;
        }

        return best;
    }
}
