using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;
using A11yFeed.Model;
using Microsoft.Extensions.Options;

namespace A11yFeed.Text;

/// <summary>
/// Turns one display sentence into exactly what a speech engine is given: for Mandarin in pinyin form, numbered
/// pinyin chosen word by word from a pronunciation dictionary (loaded once per process, on first use); otherwise
/// the sentence's text normalised for a voice of its language (Chinese numbers read out in characters).
/// </summary>
public sealed partial class SpeechTextPreparer
{
    // One dictionary per data folder for the whole process: it is large, read-only and slow to build.
    private static readonly ConcurrentDictionary<string, Lazy<PinyinDictionary>> Dictionaries = new(StringComparer.Ordinal);

    private readonly string _dataPath;
    private readonly PolyphoneResolver? _polyphones;

    public SpeechTextPreparer()
        : this(Options.Create(new TextOptions()))
    {
    }

    public SpeechTextPreparer(IOptions<TextOptions> options)
    {
        _dataPath = options.Value.ResolvedPinyinDataPath;
    }

    /// <summary>A preparer that settles polyphones with <paramref name="polyphones"/> instead of the shipped rules and model (for measuring).</summary>
    internal SpeechTextPreparer(IOptions<TextOptions> options, PolyphoneResolver polyphones)
        : this(options)
    {
        _polyphones = polyphones;
    }

    /// <summary>The engine input for <paramref name="sentence"/>; empty when nothing speakable remains.</summary>
    /// <exception cref="FileNotFoundException">Mandarin pinyin was asked for and the pronunciation data is not installed (run scripts/speech-data).</exception>
    public string Prepare(string sentence, string language, SpokenForm form, PronunciationLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        if (!LanguageTag.IsChinese(language))
        {
            return Speakable(EnglishTextNormaliser.Normalise(Replace(TextNormaliser.Normalise(sentence), lexicon)));
        }

        return form == SpokenForm.Pinyin
            ? ReadMandarin(sentence, lexicon).Pinyin
            : Speakable(ChineseTextNormaliser.Normalise(Replace(TextNormaliser.Normalise(sentence), lexicon)));
    }

    /// <summary>
    /// <see cref="Prepare"/>'s result piece by piece: for Mandarin pinyin, each word, spelt letter and lexicon entry with
    /// its syllables; otherwise the whole sentence with the text the engine is given.
    /// </summary>
    public IReadOnlyList<ReadingSpan> Spans(string sentence, string language, SpokenForm form, PronunciationLexicon lexicon)
    {
        if (LanguageTag.IsChinese(language) && form == SpokenForm.Pinyin)
        {
            return ReadMandarin(sentence, lexicon).Spans;
        }

        var prepared = Prepare(sentence, language, form, lexicon);
        return prepared.Length == 0 ? [] : [new ReadingSpan(sentence, prepared)];
    }

    internal MandarinReading ReadMandarin(string sentence, PronunciationLexicon lexicon)
    {
        // Private-use characters stand for lexicon words below; any the page itself carries mean nothing to a reader.
        var text = PrivateUse().Replace(Replace(TextNormaliser.Normalise(sentence), lexicon), "");
        var placeholders = new List<(string Word, string Pinyin)>();
        foreach (var (word, pinyin) in lexicon.Pinyin)
        {
            if (placeholders.Count < 6000 && text.Contains(word, StringComparison.Ordinal))
            {
                text = text.Replace(word, ((char)(MandarinPinyinWriter.FirstPlaceholder + placeholders.Count)).ToString(), StringComparison.Ordinal);
                placeholders.Add((word, pinyin));
            }
        }

        return MandarinPinyinWriter.Write(ChineseTextNormaliser.Normalise(text), Dictionary, placeholders, _polyphones ?? PolyphoneResolver.Default);
    }

    internal PinyinDictionary Dictionary
    {
        get
        {
            var lazy = Dictionaries.GetOrAdd(_dataPath, path => new Lazy<PinyinDictionary>(() => PinyinDataLoader.Load(path)));
            try
            {
                return lazy.Value;
            }
            catch (FileNotFoundException)
            {
                // Not cached: installing the data (scripts/speech-data) must not need a restart to be seen.
                Dictionaries.TryRemove(new KeyValuePair<string, Lazy<PinyinDictionary>>(_dataPath, lazy));
                throw;
            }
        }
    }

    private static string Replace(string text, PronunciationLexicon lexicon)
    {
        foreach (var (word, replacement) in lexicon.Replacements)
        {
            text = text.Replace(word, replacement, StringComparison.Ordinal);
        }

        return text;
    }

    [GeneratedRegex("[\uE000-\uF8FF]")]
    private static partial Regex PrivateUse();

    private static string Speakable(string text)
    {
        var trimmed = TextNormaliser.Normalise(text);
        foreach (var rune in trimmed.EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune))
            {
                return trimmed;
            }
        }

        return string.Empty;
    }
}
