using A11yFeed.Text;

namespace A11yFeed.Extraction;

/// <summary>
/// The general features the block model scores a text block on, after boilerpipe, Dragnet and the
/// CETD / GNE text-density papers: how much text and how little of it is linked, punctuation and
/// stop-word density for the page's language, where the block sits (position, depth, list, distance
/// from the headline), whether the locator put it in the story's container, and the same densities of
/// its neighbours, since story paragraphs come in runs and chrome comes in runs. Chinese pages repeat the
/// density features in their own columns, so one model fitted on all pages weighs them per language.
/// </summary>
internal static class BlockFeatures
{
    public static readonly string[] Names =
    [
        "bias", "in_container", "log_length", "link_density", "punctuation", "stop_words", "position", "title_distance",
        "depth", "heading", "in_list", "sentence_end", "short", "chrome_words", "prev_log_length", "prev_link_density",
        "next_log_length", "next_link_density", "neighbours_in_container", "chinese",
        "zh_log_length", "zh_link_density", "zh_punctuation", "zh_stop_words", "zh_in_container",
    ];

    public static int Count => Names.Length;

    /// <summary>One row per block (images included, so indices match; their rows are never scored).</summary>
    public static double[][] Of(IReadOnlyList<PageBlock> blocks, string? title, bool chinese) => Of(blocks, Texts(blocks), title, chinese);

    /// <summary>Each block's normalised text (empty for images), which the features are computed on and the selector reuses.</summary>
    public static string[] Texts(IReadOnlyList<PageBlock> blocks) =>
        blocks.Select(b => b.Kind == PageBlockKind.Image ? string.Empty : TextNormaliser.Normalise(b.Text)).ToArray();

    /// <summary>As <see cref="Of(IReadOnlyList{PageBlock}, string?, bool)"/>, on texts already from <see cref="Texts"/>.</summary>
    public static double[][] Of(IReadOnlyList<PageBlock> blocks, string[] texts, string? title, bool chinese)
    {
        var titleIndex = title is null ? -1 : Array.FindIndex(texts, t => t == title);
        if (titleIndex < 0)
        {
            titleIndex = blocks.ToList().FindIndex(b => b.Kind == PageBlockKind.Heading);
        }

        var own = new (double LogLength, double LinkDensity, bool InContainer)[blocks.Count];
        for (var i = 0; i < blocks.Count; i++)
        {
            own[i] = (LogLength(texts[i]), LinkDensity(blocks[i], texts[i]), blocks[i].InStoryContainer);
        }

        var rows = new double[blocks.Count][];
        var last = Math.Max(1, blocks.Count - 1);
        for (var i = 0; i < blocks.Count; i++)
        {
            var text = texts[i];
            var (prev, next) = (Neighbour(texts, own, i, -1), Neighbour(texts, own, i, +1));
            rows[i] =
            [
                1,
                own[i].InContainer ? 1 : 0,
                own[i].LogLength,
                own[i].LinkDensity,
                Punctuation(text),
                chinese ? ChineseStopWords(text) : EnglishStopWords(text),
                (double)i / last,
                titleIndex < 0 ? 1 : Math.Min(1, Math.Abs(i - titleIndex) / 30.0),
                Math.Min(blocks[i].Depth, 40) / 40.0,
                blocks[i].Kind == PageBlockKind.Heading ? 1 : 0,
                blocks[i].InList ? 1 : 0,
                text.Length > 0 && text[^1] is '。' or '！' or '？' or '.' or '!' or '?' or '"' or '”' ? 1 : 0,
                text.Length < 20 ? 1 : 0,
                text.Length > 0 && ChromeFilter.IsChrome(text) ? 1 : 0,
                prev.LogLength,
                prev.LinkDensity,
                next.LogLength,
                next.LinkDensity,
                (prev.InContainer ? 0.5 : 0) + (next.InContainer ? 0.5 : 0),
                chinese ? 1 : 0,
                0, 0, 0, 0, 0,
            ];
            if (chinese)
            {
                // The same densities mean other things in Chinese (no spaces, fuller punctuation): their own weights.
                var row = rows[i];
                (row[^5], row[^4], row[^3], row[^2], row[^1]) = (row[2], row[3], row[4], row[5], row[1]);
            }
        }

        return rows;
    }

    // The nearest text block on that side; the page's edge reads as an empty, all-link block outside the story.
    private static (double LogLength, double LinkDensity, bool InContainer) Neighbour(string[] texts, (double, double, bool)[] own, int index, int step)
    {
        for (var i = index + step; i >= 0 && i < texts.Length; i += step)
        {
            if (texts[i].Length > 0)
            {
                return own[i];
            }
        }

        return (0, 1, false);
    }

    // Scaled to about 0..1: 1 is a block of some 1,100 characters.
    private static double LogLength(string text) => Math.Min(1, Math.Log(1 + text.Length) / 7);

    private static double LinkDensity(PageBlock block, string text) =>
        block.Kind == PageBlockKind.Link ? 1 : text.Length == 0 ? 1 : Math.Min(1, (double)block.LinkedLength / text.Replace(" ", "", StringComparison.Ordinal).Length);

    private static double Punctuation(string text)
    {
        if (text.Length == 0)
        {
            return 0;
        }

        var marks = text.Count(c => c is ',' or '.' or ';' or ':' or '，' or '。' or '；' or '：' or '、' or '！' or '？' or '!' or '?');
        return Math.Min(1, marks * 10.0 / text.Length);
    }

    private static double EnglishStopWords(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 ? 0 : (double)words.Count(w => EnglishStop.Contains(w.Trim(',', '.', '"', '\'', ';', ':').ToLowerInvariant())) / words.Length;
    }

    private static double ChineseStopWords(string text) =>
        text.Length == 0 ? 0 : Math.Min(1, text.Count(ChineseStop.Contains) * 5.0 / text.Length);

    private static readonly HashSet<string> EnglishStop =
    [
        "the", "of", "and", "to", "a", "in", "is", "that", "for", "on", "it", "with", "was", "as", "he", "she", "his", "her", "be", "by",
        "at", "from", "have", "has", "had", "are", "were", "this", "which", "an", "but", "not", "they", "their", "said", "would", "will",
        "been", "who", "we", "there", "its", "or", "if", "about", "into", "than", "when", "after", "more", "also",
    ];

    private static readonly HashSet<char> ChineseStop = [.. "的了是在和有也就不这我他人们对为与以之而及其中上下说将被把从到又都已还"];
}
