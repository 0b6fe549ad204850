using System.Text.Json;
using System.Text.RegularExpressions;

namespace A11yFeed.Text;

/// <summary>
/// Reads the pronunciation data installed by scripts/speech-data: pinyin-pro's word list with frequencies
/// (@pinyin-pro/data json/complete.json: {"银行": ["yín háng", 7.7e-9], ...}) and pinyin-pro's per-character
/// readings (dist/esm/data/dict1.mjs: reading -> characters, most common reading first) for characters the word
/// list lacks. Tone marks become numbers once, here. The result is cached beside the sources
/// (<see cref="PinyinDictionaryCache"/>) so that only the first process after a change pays for the parsing.
/// </summary>
internal static partial class PinyinDataLoader
{
    public const string WordsFile = "complete.json";
    public const string CharactersFile = "dict1.mjs";

    // Characters whose reading depends on context and which the word list leaves out as single words.
    private static readonly Dictionary<string, string> MissingCommonCharacters = new(StringComparer.Ordinal) { ["不"] = "bu4" };

    public static PinyinDictionary Load(string folder) => Load(folder, out _);

    /// <summary>The dictionary, and whether it came from the cache (true) or was parsed from the sources (for measuring).</summary>
    public static PinyinDictionary Load(string folder, out bool fromCache)
    {
        var wordsPath = Path.Combine(folder, WordsFile);
        var charactersPath = Path.Combine(folder, CharactersFile);
        if (!File.Exists(wordsPath) || !File.Exists(charactersPath))
        {
            throw new FileNotFoundException(
                $"The Mandarin pronunciation data is missing from {folder} (expected {WordsFile} and {CharactersFile}). " +
                "Run scripts/speech-data, then build again, or set Text:PinyinDataPath to a folder holding those files.",
                wordsPath);
        }

        var key = PinyinDictionaryCache.Key(folder, WordsFile, CharactersFile);
        if (PinyinDictionaryCache.TryRead(folder, key) is { } cached)
        {
            fromCache = true;
            return cached;
        }

        fromCache = false;
        var dictionary = LoadSources(wordsPath, charactersPath);
        // A read-only data folder only costs the parsing again next time, so a failed write is not an error.
        PinyinDictionaryCache.TryWrite(folder, key, dictionary);
        return dictionary;
    }

    /// <summary>The dictionary parsed from the source files, ignoring any cache (what the cache must reproduce).</summary>
    public static PinyinDictionary LoadSources(string wordsPath, string charactersPath)
    {
        var syllables = new Dictionary<string, string>(StringComparer.Ordinal);
        var words = new Dictionary<string, WordReading>(400_000, StringComparer.Ordinal);
        ReadWords(File.ReadAllBytes(wordsPath), words, syllables);
        ReadCharacters(File.ReadAllText(charactersPath), words, syllables);
        foreach (var (character, pinyin) in MissingCommonCharacters)
        {
            words.TryAdd(character, new WordReading(pinyin, -10));
        }

        return new PinyinDictionary(words);
    }

    private static void ReadWords(byte[] json, Dictionary<string, WordReading> words, Dictionary<string, string> syllables)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        reader.Read(); // {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var word = reader.GetString()!;
            reader.Read(); // [
            reader.Read();
            var pinyin = reader.GetString()!;
            reader.Read();
            var frequency = reader.TokenType == JsonTokenType.Number ? reader.GetDouble() : 0;
            while (reader.TokenType != JsonTokenType.EndArray)
            {
                reader.Read();
            }

            words[word] = new WordReading(Numbered(pinyin, syllables), (float)Math.Log(Math.Max(frequency, 1e-13)));
        }
    }

    private static void ReadCharacters(string module, Dictionary<string, WordReading> words, Dictionary<string, string> syllables)
    {
        foreach (Match entry in CharacterEntry().Matches(module))
        {
            var reading = (entry.Groups["quoted"].Success ? entry.Groups["quoted"].Value : entry.Groups["bare"].Value).Split(' ')[0];
            foreach (Match character in QuotedCharacter().Matches(entry.Groups["chars"].Value))
            {
                // The word list's single-character entries carry frequencies; it wins where it has the character.
                words.TryAdd(character.Groups[1].Value, new WordReading(Numbered(reading, syllables), -18));
            }
        }
    }

    private static string Numbered(string toneMarked, Dictionary<string, string> syllables)
    {
        var parts = toneMarked.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < parts.Length; i++)
        {
            if (!syllables.TryGetValue(parts[i], out var numbered))
            {
                numbered = PinyinSyllables.FromToneMarks(parts[i]);
                syllables[parts[i]] = numbered;
            }

            parts[i] = numbered;
        }

        return string.Join(' ', parts);
    }

    [GeneratedRegex(@"^\s+(?:'(?<quoted>[^']+)'|(?<bare>[^\s:']+)):\s*\[(?<chars>[^\]]*)\]", RegexOptions.Multiline)]
    private static partial Regex CharacterEntry();

    [GeneratedRegex(@"'([^']+)'")]
    private static partial Regex QuotedCharacter();
}
