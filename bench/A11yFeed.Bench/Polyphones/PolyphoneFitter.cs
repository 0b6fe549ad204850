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
    private static readonly double[] Margins = [0, 0.25, 0.5, 1, 1.5, 2, 3, 4, 5, 7, 10];

    public static PolyphoneModel Fit(IReadOnlyList<PolyphoneExample> examples)
    {
        var (smoothing, margin) = ChooseSettings(examples);
        return Counted(examples, smoothing, margin);
    }

    public static PolyphoneModel Counted(IEnumerable<PolyphoneExample> examples, double smoothing, double margin)
    {
        var model = new PolyphoneModel(smoothing, margin);
        foreach (var example in examples)
        {
            model.Add(example.Character, example.Label, example.Features);
        }

        return model;
    }

    private static (double Smoothing, double Margin) ChooseSettings(IReadOnlyList<PolyphoneExample> examples)
    {
        // right[s, m]: held-out examples read right with smoothing s and margin m; inner folds by sentence order.
        var right = new int[Smoothings.Length, Margins.Length];
        for (var fold = 0; fold < Folds; fold++)
        {
            var model = Counted(examples.Where((_, i) => i % Folds != fold), 1, 0);
            foreach (var example in examples.Where((_, i) => i % Folds == fold))
            {
                for (var s = 0; s < Smoothings.Length; s++)
                {
                    var (best, lead) = model.Best(example.Character, example.Otherwise, example.Features, Smoothings[s]);
                    for (var m = 0; m < Margins.Length; m++)
                    {
                        right[s, m] += (lead >= Margins[m] ? best : example.Otherwise) == example.Label ? 1 : 0;
                    }
                }
            }
        }

        var chosen = (Smoothing: Smoothings[0], Margin: Margins[0], Right: -1);
        for (var s = 0; s < Smoothings.Length; s++)
        {
            for (var m = 0; m < Margins.Length; m++)
            {
                if (right[s, m] > chosen.Right)
                {
                    chosen = (Smoothings[s], Margins[m], right[s, m]);
                }
            }
        }

        return (chosen.Smoothing, chosen.Margin);
    }
}
