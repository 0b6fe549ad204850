namespace A11yFeed.Text;

/// <summary>
/// How Chinese speakers say Latin letters (GDP, APP, 5G), written as pinyin the pinyin voice can read. espeak-ng's
/// cmn-latn-pinyin voice only knows syllables, so each letter becomes the nearest syllables to its English name.
/// </summary>
internal static class LatinLetterPinyin
{
    private static readonly string[] Names =
    [
        "ei1", "bi4", "xi1", "di4", "yi4", "ai4 fu5", "ji4", "ai4 qi1", "ai4", "zhei4", "kai4", "ai4 lou5", "ai4 mu5",
        "en1", "ou1", "pi4", "qiu1", "a4 er5", "ai4 si5", "ti4", "you1", "wei1", "da2 bu5 liu5", "ai4 ke4 si5", "wai4", "zei4",
    ];

    /// <summary>The syllables for one ASCII letter, either case; null for anything else.</summary>
    public static string? For(char letter) =>
        char.IsAsciiLetter(letter) ? Names[char.ToLowerInvariant(letter) - 'a'] : null;
}
