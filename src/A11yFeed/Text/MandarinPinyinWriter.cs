using System.Text;
using A11yFeed.Model;

namespace A11yFeed.Text;

/// <summary>
/// Turns normalised Chinese text (digits already read out in characters) into numbered pinyin syllables: each run of
/// characters is segmented and read word by word; Latin letters are spelt; lexicon words come in as placeholders;
/// everything else (punctuation included) is dropped, since the engine is given syllables only. Tones are the spoken
/// ones (<see cref="ToneSandhi"/>).
/// </summary>
internal static class MandarinPinyinWriter
{
    public const char FirstPlaceholder = '\uE000';

    private const string Numerals = "零〇一二三四五六七八九十";

    public static MandarinReading Write(string text, PinyinDictionary dictionary, IReadOnlyList<(string Word, string Pinyin)> placeholders, PolyphoneResolver polyphones)
    {
        var syllables = new List<string>();
        var spans = new List<ReadingSpan>();
        int words = 0, letters = 0, unknown = 0;
        for (var i = 0; i < text.Length;)
        {
            var (rune, length) = RuneAt(text, i);
            if (HanScript.IsHan(rune))
            {
                var start = i;
                while (i < text.Length && RuneAt(text, i) is var (next, nextLength) && HanScript.IsHan(next))
                {
                    i += nextLength;
                }

                var previous = "";
                var run = text[start..i];
                var runWords = MandarinSegmenter.Segment(run, dictionary);
                var read = new List<(string Word, string[]? Syllables)>(runWords.Count);
                var at = 0;
                for (var w = 0; w < runWords.Count; at += runWords[w].Length, w++)
                {
                    var word = runWords[w];
                    if (dictionary.TryGet(word, out var reading))
                    {
                        var wordSyllables = reading.Pinyin.Split(' ');
                        polyphones.Resolve(run, at, runWords, w, wordSyllables);
                        if (word.Length > 1 && word[0] == '一' && wordSyllables[0].StartsWith("yi", StringComparison.Ordinal)
                            && (previous.EndsWith('月') || (previous.Length > 0 && Numerals.Contains(previous[^1], StringComparison.Ordinal))))
                        {
                            // A digit of a number or year (二零二一年, 十一月) or the first of the month (一日), not the word
                            // 一年 "one year" (yi4 nian2) or 一日 "one day" (yi2 ri4) the dictionary has.
                            wordSyllables[0] = "yi1";
                        }

                        read.Add((word, wordSyllables));
                        words++;
                    }
                    else
                    {
                        unknown++;
                    }

                    previous = word;
                }

                ToneSandhi.Apply(read);
                foreach (var (word, wordSyllables) in read)
                {
                    syllables.AddRange(wordSyllables!);
                    spans.Add(new ReadingSpan(word, string.Join(' ', wordSyllables!)));
                }

                continue;
            }

            var c = text[i];
            if (c >= FirstPlaceholder && c - FirstPlaceholder < placeholders.Count)
            {
                var (word, pinyin) = placeholders[c - FirstPlaceholder];
                syllables.AddRange(pinyin.Split(' '));
                spans.Add(new ReadingSpan(word, pinyin));
                words++;
            }
            else if (LatinLetterPinyin.For(c) is { } letter)
            {
                syllables.AddRange(letter.Split(' '));
                spans.Add(new ReadingSpan(c.ToString(), letter));
                letters++;
            }
            else if (char.IsAsciiDigit(c) && dictionary.TryGet(ChineseNumberReader.DigitByDigit(text.AsSpan(i, 1)), out var digit))
            {
                syllables.Add(digit.Pinyin);
                spans.Add(new ReadingSpan(c.ToString(), digit.Pinyin));
            }

            i += length;
        }

        return new MandarinReading(string.Join(' ', syllables), syllables.Count, words, letters, unknown, spans);
    }


    // A lone surrogate (broken page text) reads as U+FFFD, one char long, instead of throwing.
    private static (Rune Rune, int Length) RuneAt(string text, int index) =>
        Rune.DecodeFromUtf16(text.AsSpan(index), out var rune, out var length) == System.Buffers.OperationStatus.Done ? (rune, length) : (Rune.ReplacementChar, 1);
}
