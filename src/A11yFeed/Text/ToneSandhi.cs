namespace A11yFeed.Text;

/// <summary>
/// Turns dictionary tones into the tones a speaker says, for the sandhi espeak-ng's cmn-latn-pinyin voice does not do
/// itself (docs/speech.md records what it does): 一 and 不 before the next syllable, and third-tone sandhi inside a
/// dictionary word (你好 ni2 hao3, 展览馆 zhan2 lan2 guan3). espeak-ng also raises a third tone before a third on its own,
/// across words too; a second tone it is given stays a second tone, so writing the surface tone here changes nothing
/// it says twice, while the printed reading and the cache key show what is meant.
/// </summary>
internal static class ToneSandhi
{
    // 一 next to these is a digit of a number (二十一, 一九九八, 十一月), said yi1.
    private const string Digits = "零〇一二三四五六七八九十两第";

    /// <summary>Rewrites the syllables of one run of characters in place; <paramref name="words"/> are its words, each with its syllables (null for a lexicon word, left as written).</summary>
    public static void Apply(IReadOnlyList<(string Word, string[]? Syllables)> words)
    {
        for (var w = 0; w < words.Count; w++)
        {
            var (word, syllables) = words[w];
            if (syllables is null || syllables.Length != word.Length)
            {
                continue;
            }

            ThirdTones(syllables);
            var before = w > 0 ? words[w - 1].Word : "";
            var next = w + 1 < words.Count ? words[w + 1] : default;
            var nextSyllable = syllables.Length > 1 ? syllables[1] : next.Syllables is { Length: > 0 } s ? s[0] : null;
            var nextCharacter = word.Length > 1 ? word[1] : next.Word is { Length: > 0 } n ? n[0] : '$';
            if (nextSyllable is null)
            {
                continue;
            }

            if (word[0] == '一' && syllables[0] == "yi1" && !IsDigit(before) && !before.EndsWith('月') && !Digits.Contains(nextCharacter, StringComparison.Ordinal)
                && nextCharacter is not '月' and not '是' && !(word.Length == 1 && before.Length > 0 && before == next.Word))
            {
                // 一个 yi2 ge4, 一天 yi4 tian1; not a digit (第一, 一九九八年, 一月), not 一是 "first", not 看一看.
                syllables[0] = Tone(nextSyllable) switch { '4' => "yi2", '1' or '2' or '3' => "yi4", _ => "yi1" };
            }
            else if (word[0] == '不' && syllables[0] == "bu4" && Tone(nextSyllable) == '4')
            {
                syllables[0] = "bu2"; // 不是 bu2 shi4, 不要 bu2 yao4
            }
        }
    }

    // Left to right on the dictionary's tones: 3-3 becomes 2-3 and 3-3-3 becomes 2-2-3 (展览馆).
    private static void ThirdTones(string[] syllables)
    {
        var thirds = syllables.Select(s => Tone(s) == '3').ToArray();
        for (var k = 0; k + 1 < syllables.Length; k++)
        {
            if (thirds[k] && thirds[k + 1])
            {
                syllables[k] = syllables[k][..^1] + "2";
            }
        }
    }

    private static bool IsDigit(string word) => word.Length > 0 && Digits.Contains(word[^1], StringComparison.Ordinal);

    private static char Tone(string syllable) => syllable.Length > 0 && char.IsAsciiDigit(syllable[^1]) ? syllable[^1] : '5';
}
