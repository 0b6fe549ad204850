namespace A11yFeed.Text;

public sealed class TextOptions
{
    public const string Section = "Text";

    /// <summary>
    /// The folder holding the Mandarin pronunciation data (complete.json and dict1.mjs). Null means the
    /// <c>pinyin-data</c> folder the build copies beside the executable from speech/pinyin-data (see scripts/speech-data).
    /// </summary>
    public string? PinyinDataPath { get; set; }

    internal string ResolvedPinyinDataPath =>
        string.IsNullOrWhiteSpace(PinyinDataPath)
            ? Path.Combine(AppContext.BaseDirectory, "pinyin-data")
            : Path.GetFullPath(PinyinDataPath);
}
