namespace A11yFeed.Text;

/// <summary>A word's numbered pinyin ("yin2 hang2") and the natural log of its relative frequency.</summary>
internal readonly record struct WordReading(string Pinyin, float LogFrequency);
