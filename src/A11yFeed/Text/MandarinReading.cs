namespace A11yFeed.Text;

/// <summary>One sentence read as pinyin, with what it took: dictionary words, spelt letters, characters with no reading (dropped), and each span's reading.</summary>
internal sealed record MandarinReading(string Pinyin, int Syllables, int Words, int SpeltLetters, int UnknownCharacters, IReadOnlyList<ReadingSpan> Spans);
