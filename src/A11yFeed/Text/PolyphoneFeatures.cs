namespace A11yFeed.Text;

/// <summary>
/// What the polyphone model sees of one character's context: the reading it would get otherwise, the characters
/// around it, and the words around it after segmentation. Fitting (bench/) and reading use this one list.
/// </summary>
internal static class PolyphoneFeatures
{
    private const int Window = 3;

    /// <summary>The features of <paramref name="run"/>[<paramref name="index"/>], inside word <paramref name="wordIndex"/> of <paramref name="words"/>.</summary>
    public static List<string> Of(string run, int index, IReadOnlyList<string> words, int wordIndex, string otherwise)
    {
        var features = new List<string>(20)
        {
            "D:" + otherwise,
            "L1:" + At(run, index - 1),
            "L2:" + At(run, index - 2),
            "R1:" + At(run, index + 1),
            "R2:" + At(run, index + 2),
            "LL:" + At(run, index - 2) + At(run, index - 1),
            "RR:" + At(run, index + 1) + At(run, index + 2),
            "LR:" + At(run, index - 1) + At(run, index + 1),
            "W:" + (words[wordIndex].Length > 1 ? words[wordIndex] : "-"),
            "P:" + (wordIndex > 0 ? words[wordIndex - 1] : "^"),
            "N:" + (wordIndex + 1 < words.Count ? words[wordIndex + 1] : "$"),
        };
        for (var i = Math.Max(0, index - Window); i <= Math.Min(run.Length - 1, index + Window); i++)
        {
            if (i != index)
            {
                features.Add("B:" + run[i]);
            }
        }

        return features;
    }

    private static string At(string run, int i) => i < 0 ? "^" : i >= run.Length ? "$" : run[i].ToString();
}
