namespace A11yFeed.Text;

/// <summary>
/// Word and character readings in numbered pinyin, with each word's relative frequency so that the segmenter can
/// prefer the likeliest split (the same dictionary decides both where words end and how they are read).
/// </summary>
internal sealed class PinyinDictionary
{
    /// <summary>The segmenter's cost for a character in no entry: worse than any known word, so it is used only when nothing else fits.</summary>
    public const double UnknownCharacterLogFrequency = -30;

    private readonly Dictionary<string, WordReading> _words;
    private readonly Dictionary<string, WordReading>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public PinyinDictionary(Dictionary<string, WordReading> words)
    {
        _words = words;
        _lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        MaxWordLength = words.Count == 0 ? 1 : words.Keys.Max(k => k.Length);
    }

    public int Count => _words.Count;

    /// <summary>Every word and its reading (for writing the cache and comparing loads).</summary>
    public IReadOnlyDictionary<string, WordReading> Entries => _words;

    public int MaxWordLength { get; }

    public bool TryGet(ReadOnlySpan<char> word, out WordReading reading) => _lookup.TryGetValue(word, out reading);
}
