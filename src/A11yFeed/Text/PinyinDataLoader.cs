using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
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

    // Runs once over 350,000 entries: compiled optimised at once instead of starting in the unoptimised tier.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ReadWords(byte[] json, Dictionary<string, WordReading> words, Dictionary<string, string> syllables)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        var characters = new char[1024];
        var parts = new List<string>();
        reader.Read(); // {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var word = reader.GetString()!;
            reader.Read(); // [
            reader.Read();

            // The reading is converted from the UTF-8 bytes in place: only the numbered result becomes a string.
            var pinyin = !reader.ValueIsEscaped && reader.ValueSpan.Length <= characters.Length
                ? Numbered(characters.AsSpan(0, Encoding.UTF8.GetChars(reader.ValueSpan, characters)), syllables, parts)
                : Numbered(reader.GetString(), syllables, parts);
            reader.Read();
            var frequency = reader.TokenType == JsonTokenType.Number ? reader.GetDouble() : 0;
            while (reader.TokenType != JsonTokenType.EndArray)
            {
                reader.Read();
            }

            words[word] = new WordReading(pinyin, (float)Math.Log(Math.Max(frequency, 1e-13)));
        }
    }

    private static void ReadCharacters(string module, Dictionary<string, WordReading> words, Dictionary<string, string> syllables)
    {
        var parts = new List<string>();
        foreach (Match entry in CharacterEntry().Matches(module))
        {
            var reading = (entry.Groups["quoted"].Success ? entry.Groups["quoted"].Value : entry.Groups["bare"].Value).Split(' ')[0];
            foreach (Match character in QuotedCharacter().Matches(entry.Groups["chars"].Value))
            {
                // The word list's single-character entries carry frequencies; it wins where it has the character.
                words.TryAdd(character.Groups[1].Value, new WordReading(Numbered(reading, syllables, parts), -18));
            }
        }
    }

    // Each distinct tone-marked syllable is converted once; a one-syllable reading is that shared string itself.
    private static string Numbered(ReadOnlySpan<char> toneMarked, Dictionary<string, string> syllables, List<string> parts)
    {
        var lookup = syllables.GetAlternateLookup<ReadOnlySpan<char>>();
        parts.Clear();
        foreach (var range in toneMarked.Split(' '))
        {
            var part = toneMarked[range];
            if (part.IsEmpty)
            {
                continue;
            }

            if (!lookup.TryGetValue(part, out var numbered))
            {
                var marked = part.ToString();
                numbered = PinyinSyllables.FromToneMarks(marked);
                syllables[marked] = numbered;
            }

            parts.Add(numbered);
        }

        return parts.Count == 1 ? parts[0] : string.Join(' ', CollectionsMarshal.AsSpan(parts));
    }

    [GeneratedRegex(@"^\s+(?:'(?<quoted>[^']+)'|(?<bare>[^\s:']+)):\s*\[(?<chars>[^\]]*)\]", RegexOptions.Multiline)]
    private static partial Regex CharacterEntry();

    [GeneratedRegex(@"'([^']+)'")]
    private static partial Regex QuotedCharacter();
}
