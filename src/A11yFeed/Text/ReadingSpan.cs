namespace A11yFeed.Text;

/// <summary>One piece of a normalised sentence (a word, a spelt letter, a lexicon entry) and the syllables it was read as.</summary>
public sealed record ReadingSpan(string Text, string Reading);
