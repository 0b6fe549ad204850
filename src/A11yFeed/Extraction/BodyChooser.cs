using A11yFeed.Model;

namespace A11yFeed.Extraction;

/// <summary>
/// Decides between our body and the second extractor's when both exist: a logistic model on general
/// features of the pair (how long each is, how much of each the other holds, how sure the block model was,
/// how much of each reads as sentences rather than link lines or comment stubs). Its weights are fitted on
/// the development corpora (scripts/refit-extraction) with the label "which body scores higher against the
/// people's labels", and shipped in extraction/block-model.tsv with the block model.
/// </summary>
internal static class BodyChooser
{
    /// <summary>The features, in the model file's order; "bias" is the constant 1.</summary>
    public static readonly string[] Names =
    [
        "bias", "log_ours_length", "log_second_length", "ours_in_second", "second_in_ours", "confidence", "min_probability",
        "ours_link_density", "ours_sentence_ends", "second_sentence_ends", "log_ours_paragraphs", "log_second_paragraphs",
        "ours_short_lines", "second_short_lines", "chinese",
    ];

    public static int Count => Names.Length;

    /// <summary>The features that need no second body: the cheap gate's, computed before SmartReader runs.</summary>
    public static readonly string[] GateNames =
    [
        "bias", "log_ours_length", "confidence", "min_probability", "ours_link_density", "ours_sentence_ends", "log_ours_paragraphs", "ours_short_lines", "chinese",
    ];

    private static readonly int[] GateColumns = [.. GateNames.Select(n => Array.IndexOf(Names, n))];

    // Shorter than this, a line is a stub: a comment's name and time, a menu item, a story list's headline.
    private const int ShortLine = 60;

    private const int ShingleSize = 3;

    /// <summary>The pair's features; <paramref name="ours"/> must hold an article.</summary>
    public static double[] Features(ExtractionResult ours, IReadOnlyList<string> second)
    {
        var article = ours.Article!;
        var chinese = LanguageTag.IsChinese(article.Language);
        // Without a second body (the gate's features) there is nothing to compare, and shingling ours would be wasted.
        var oursShingles = second.Count == 0 ? [] : Shingles(article.Paragraphs, chinese);
        var secondShingles = Shingles(second, chinese);
        var shared = oursShingles.Count(secondShingles.Contains);
        return
        [
            1,
            Math.Log(1 + article.Paragraphs.Sum(p => p.Length)),
            Math.Log(1 + second.Sum(p => p.Length)),
            oursShingles.Count == 0 ? 0 : (double)shared / oursShingles.Count,
            secondShingles.Count == 0 ? 0 : (double)shared / secondShingles.Count,
            ours.Confidence ?? 1,
            ours.MinimumProbability ?? 1,
            ours.LinkDensity ?? 0,
            SentenceEndShare(article.Paragraphs),
            SentenceEndShare(second),
            Math.Log(1 + article.Paragraphs.Count),
            Math.Log(1 + second.Count),
            ShortShare(article.Paragraphs),
            ShortShare(second),
            chinese ? 1 : 0,
        ];
    }

    /// <summary>The gate's features: <see cref="GateNames"/> of our result alone.</summary>
    public static double[] GateFeatures(ExtractionResult ours) => GateColumns.Select(Features(ours, []).ElementAt).ToArray();

    /// <summary>The gate's columns picked from a pair's features (the fitter has those already).</summary>
    public static double[] GateFeatures(double[] pairFeatures) => GateColumns.Select(c => pairFeatures[c]).ToArray();

    /// <summary>The model's probability that the second body is the better one.</summary>
    public static double SecondIsBetter(double[] features, double[] weights)
    {
        var sum = 0.0;
        for (var i = 0; i < weights.Length; i++)
        {
            sum += weights[i] * features[i];
        }

        return 1 / (1 + Math.Exp(-sum));
    }

    // Characters in lines ending like a sentence, over all characters: prose ends its lines, lists and bars do not.
    private static double SentenceEndShare(IReadOnlyList<string> paragraphs)
    {
        var (ended, all) = (0, 0);
        foreach (var p in paragraphs)
        {
            all += p.Length;
            if (p.Length > 0 && p[^1] is '.' or '!' or '?' or '"' or '”' or '’' or '\'' or ')' or '。' or '！' or '？' or '」' or '）')
            {
                ended += p.Length;
            }
        }

        return all == 0 ? 0 : (double)ended / all;
    }

    private static double ShortShare(IReadOnlyList<string> paragraphs) =>
        paragraphs.Count == 0 ? 0 : (double)paragraphs.Count(p => p.Length < ShortLine) / paragraphs.Count;

    // Runs of three words (three characters in Chinese) as hashes: enough to tell whether two bodies share their text.
    private static HashSet<long> Shingles(IReadOnlyList<string> paragraphs, bool chinese)
    {
        var shingles = new HashSet<long>();
        var window = new long[ShingleSize];
        var count = 0;
        foreach (var paragraph in paragraphs)
        {
            var start = -1;
            for (var i = 0; i <= paragraph.Length; i++)
            {
                var c = i < paragraph.Length ? paragraph[i] : ' ';
                var wordChar = char.IsLetterOrDigit(c);
                var single = wordChar && chinese && c >= '\u2E80';
                if (start >= 0 && (!wordChar || single))
                {
                    Push(paragraph.AsSpan(start, i - start));
                    start = -1;
                }

                if (single)
                {
                    Push(paragraph.AsSpan(i, 1));
                }
                else if (wordChar && start < 0)
                {
                    start = i;
                }
            }
        }

        return shingles;

        void Push(ReadOnlySpan<char> token)
        {
            var hash = unchecked((long)14695981039346656037UL);
            foreach (var ch in token)
            {
                hash = unchecked((hash ^ char.ToLowerInvariant(ch)) * 1099511628211L);
            }

            window[count % ShingleSize] = hash;
            count++;
            if (count >= ShingleSize)
            {
                var combined = 17L;
                for (var k = count - ShingleSize; k < count; k++)
                {
                    combined = unchecked(combined * 31 + window[k % ShingleSize]);
                }

                shingles.Add(combined);
            }
        }
    }
}
