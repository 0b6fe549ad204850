namespace A11yFeed.Text;

/// <summary>
/// Cuts a run of Chinese characters into words by the likeliest path through every dictionary word that could start
/// at each character (the maximum-probability segmentation jieba uses), so 银行 and 行走 each keep their own reading.
/// </summary>
internal static class MandarinSegmenter
{
    /// <summary>The words of <paramref name="run"/>, in order; unknown characters come back one by one.</summary>
    public static List<string> Segment(string run, PinyinDictionary dictionary)
    {
        var n = run.Length;
        var best = new double[n + 1];
        var next = new int[n + 1];
        for (var i = n - 1; i >= 0; i--)
        {
            // A lone character (or surrogate pair) is always a path, known or not.
            var single = char.IsHighSurrogate(run[i]) && i + 1 < n ? 2 : 1;
            if (char.IsLowSurrogate(run[i]) && i > 0 && char.IsHighSurrogate(run[i - 1]))
            {
                best[i] = double.NegativeInfinity;
                next[i] = i + 1;
                continue;
            }

            var singleCost = dictionary.TryGet(run.AsSpan(i, single), out var reading) ? reading.LogFrequency : PinyinDictionary.UnknownCharacterLogFrequency;
            best[i] = singleCost + best[i + single];
            next[i] = i + single;
            var longest = Math.Min(dictionary.MaxWordLength, n - i);
            for (var length = single + 1; length <= longest; length++)
            {
                if (dictionary.TryGet(run.AsSpan(i, length), out var word) && word.LogFrequency + best[i + length] > best[i])
                {
                    best[i] = word.LogFrequency + best[i + length];
                    next[i] = i + length;
                }
            }
        }

        var words = new List<string>();
        for (var i = 0; i < n; i = next[i])
        {
            words.Add(run[i..next[i]]);
        }

        return words;
    }
}
