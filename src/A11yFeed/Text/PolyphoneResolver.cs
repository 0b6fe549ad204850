using System.Text;
using A11yFeed.Model;

namespace A11yFeed.Text;

/// <summary>
/// Settles the characters whose reading the segmented word leaves open: first <see cref="PolyphoneRules"/>, then
/// the fitted <see cref="PolyphoneModel"/> (shipped as speech/polyphones.tsv, embedded in the assembly).
/// </summary>
internal sealed class PolyphoneResolver(bool rules, PolyphoneModel model)
{
    private const string ModelResource = "A11yFeed.Text.polyphones.tsv";

    private static readonly Lazy<PolyphoneResolver> Shipped = new(() => new PolyphoneResolver(true, LoadShippedModel()));

    /// <summary>The rules and the shipped model.</summary>
    public static PolyphoneResolver Default => Shipped.Value;

    /// <summary>The dictionary's word readings alone, as before context was used (for measuring).</summary>
    public static PolyphoneResolver None { get; } = new(false, PolyphoneModel.Empty);

    public PolyphoneModel Model => model;

    /// <summary>Rewrites <paramref name="syllables"/> (the dictionary's reading of word <paramref name="wordIndex"/>, starting at <paramref name="start"/> in <paramref name="run"/>) in place.</summary>
    public void Resolve(string run, int start, IReadOnlyList<string> words, int wordIndex, string[] syllables)
    {
        var word = words[wordIndex];
        if (syllables.Length != word.Length)
        {
            return; // a surrogate pair or an odd entry: characters and syllables do not pair up
        }

        for (var k = 0; k < word.Length; k++)
        {
            // A rule is grammar written down and outranks a model fitted on a few sentences per character.
            if (rules && PolyphoneRules.Reading(run, start + k, words, wordIndex) is { } ruled)
            {
                syllables[k] = ruled;
            }
            else if (word.Length == 1 ? model.Covers(word[k]) : model.HasSeen(word[k], word))
            {
                // Inside a word the model keeps the dictionary's reading unless it saw that word (PolyphoneModel.Best),
                // so the features are built only where they can change something.
                syllables[k] = model.Choose(word[k], syllables[k], PolyphoneFeatures.Of(run, start + k, words, wordIndex, syllables[k]), word.Length > 1);
            }
        }
    }

    /// <summary>
    /// The marked character of a labelled sentence as the reading sees it: the character, the reading a rule gives it
    /// (or null), the dictionary's, and its features (how the model is fitted and measured; the same steps as the reading).
    /// </summary>
    public (char Character, string? Ruled, string Otherwise, List<string> Features)? Example(string text, int hanziIndex, PinyinDictionary dictionary)
    {
        var hanzi = 0;
        for (var i = 0; i < text.Length;)
        {
            if (!Rune.TryGetRuneAt(text, i, out var rune) || !HanScript.IsHan(rune))
            {
                i++;
                continue;
            }

            var start = i;
            var runHanzi = hanzi;
            while (i < text.Length && Rune.TryGetRuneAt(text, i, out var next) && HanScript.IsHan(next))
            {
                i += next.Utf16SequenceLength;
                hanzi++;
            }

            if (hanziIndex >= hanzi)
            {
                continue;
            }

            var run = text[start..i];
            var words = MandarinSegmenter.Segment(run, dictionary);
            var offset = 0;
            for (var w = 0; w < words.Count; w++)
            {
                var word = words[w];
                if (!dictionary.TryGet(word, out var reading) || reading.Pinyin.Split(' ') is not { } syllables || syllables.Length != word.Length)
                {
                    offset += word.Length;
                    continue;
                }

                // Runs with surrogate pairs count Hanzi and chars differently; such sentences are left out.
                var k = hanziIndex - runHanzi - offset;
                if (run.Length == hanzi - runHanzi && k >= 0 && k < word.Length)
                {
                    var ruled = rules ? PolyphoneRules.Reading(run, offset + k, words, w) : null;
                    return (word[k], ruled, syllables[k], PolyphoneFeatures.Of(run, offset + k, words, w, syllables[k]));
                }

                offset += word.Length;
            }

            return null;
        }

        return null;
    }

    private static PolyphoneModel LoadShippedModel()
    {
        using var stream = typeof(PolyphoneResolver).Assembly.GetManifestResourceStream(ModelResource)
            ?? throw new InvalidOperationException($"The polyphone model {ModelResource} is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        return PolyphoneModel.Read(reader);
    }
}
