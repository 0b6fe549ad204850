namespace A11yFeed.Text;

/// <summary>
/// A source's own pronunciations, for the place and person names dictionaries get wrong: each word maps to pinyin
/// with tone numbers ("chong2 qing4") or to replacement text that is read instead.
/// </summary>
public sealed class PronunciationLexicon(IReadOnlyDictionary<string, string> entries)
{
    public static PronunciationLexicon Empty { get; } = new(new Dictionary<string, string>());

    public IReadOnlyDictionary<string, string> Entries { get; } = entries;
}
