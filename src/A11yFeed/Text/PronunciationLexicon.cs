using System.Text.RegularExpressions;

namespace A11yFeed.Text;

/// <summary>
/// A source's own pronunciations, for the place and person names dictionaries get wrong: each word maps to pinyin
/// with tone numbers ("chong2 qing4") or to replacement text that is read instead.
/// </summary>
public sealed partial class PronunciationLexicon
{
    public PronunciationLexicon(IReadOnlyDictionary<string, string> entries)
    {
        Entries = entries;
        var usable = entries.Where(e => !string.IsNullOrWhiteSpace(e.Key) && !string.IsNullOrWhiteSpace(e.Value))
            .OrderByDescending(e => e.Key.Length)
            .ToList();
        Replacements = usable.Where(e => !LooksLikePinyin(e.Value)).Select(e => (e.Key, e.Value.Trim())).ToList();
        Pinyin = usable.Where(e => LooksLikePinyin(e.Value) && FirstInvalidSyllable(e.Value) is null)
            .Select(e => (e.Key, string.Join(' ', e.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(PinyinSyllables.Canonical))))
            .ToList();
    }

    public static PronunciationLexicon Empty { get; } = new(new Dictionary<string, string>());

    public IReadOnlyDictionary<string, string> Entries { get; }

    /// <summary>Words read as other text, longest first so that a longer word wins over a word inside it.</summary>
    internal IReadOnlyList<(string Word, string Text)> Replacements { get; }

    /// <summary>Words with a fixed pronunciation in canonical numbered pinyin, longest first.</summary>
    internal IReadOnlyList<(string Word, string Pinyin)> Pinyin { get; }

    /// <summary>Whether a lexicon value is meant as numbered pinyin ("chong2 qing4") rather than replacement text.</summary>
    public static bool LooksLikePinyin(string value) => NumberedPinyin().IsMatch(value.Trim());

    /// <summary>The first token of a pinyin value that is not a Mandarin syllable with tone 1-5, or null when all are.</summary>
    public static string? FirstInvalidSyllable(string value) =>
        value.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(t => !PinyinSyllables.IsValid(PinyinSyllables.Canonical(t)));

    [GeneratedRegex(@"^[A-Za-zÜü:]+\d(?:\s+[A-Za-zÜü:]+\d)*$")]
    private static partial Regex NumberedPinyin();
}
