namespace A11yFeed.Bench.Polyphones;

/// <summary>
/// Whether a reading says the marked character as labelled: the same syllable, or a surface tone that sandhi
/// explains (a third tone said as a second before another third, or before a second that is itself such a third; 一 and 不 in any tone).
/// </summary>
internal static class PolyphoneScorer
{
    public static bool IsRight(IReadOnlyList<string> syllables, int hanziCount, PolyphoneSentence sentence)
    {
        if (syllables.Count != hanziCount || sentence.HanziIndex >= syllables.Count)
        {
            return false; // a character dropped or added: the marked one can no longer be found, so it counts as wrong
        }

        var said = syllables[sentence.HanziIndex];
        if (said == sentence.Label)
        {
            return true;
        }

        var (saidBase, saidTone) = Split(said);
        var (labelBase, labelTone) = Split(sentence.Label);
        if (saidBase != labelBase)
        {
            return false;
        }

        if (sentence.Character is "一" or "不")
        {
            return true;
        }

        return labelTone == '3' && saidTone == '2' && BeforeThird(syllables, sentence.HanziIndex + 1);
    }

    // A third tone said as a second explains a second before it too (展览馆 zhan2 lan2 guan3).
    private static bool BeforeThird(IReadOnlyList<string> syllables, int next) =>
        next < syllables.Count && (syllables[next].EndsWith('3') || (syllables[next].EndsWith('2') && BeforeThird(syllables, next + 1)));

    private static (string Base, char Tone) Split(string syllable) =>
        syllable.Length > 1 && char.IsAsciiDigit(syllable[^1]) ? (syllable[..^1], syllable[^1]) : (syllable, '5');
}
