using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace A11yFeed.Text;

/// <summary>
/// The loaded pronunciation dictionary in a compact binary form, kept beside its source files so that later processes
/// skip parsing 19 MB of JSON and converting a million tone marks: each distinct syllable is stored once and entries
/// refer to it by number. The file carries a key (SHA-256 of both source files and of this assembly's build, so a
/// change to the data or to the conversion code rebuilds it); it is written under a temporary name and renamed into
/// place, so a reader never sees half a file.
/// </summary>
internal static class PinyinDictionaryCache
{
    public const string FileName = "dictionary.cache";

    private static readonly byte[] Magic = "A11YPIN1"u8.ToArray();

    /// <summary>The key a cache built from the files in <paramref name="folder"/> by this build must carry.</summary>
    public static byte[] Key(string folder, params string[] sourceFiles)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Magic);
        hash.AppendData(typeof(PinyinDictionaryCache).Assembly.ManifestModule.ModuleVersionId.ToByteArray());
        var buffer = new byte[1 << 20];
        foreach (var file in sourceFiles)
        {
            using var stream = new FileStream(Path.Combine(folder, file), FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            hash.AppendData(BitConverter.GetBytes(stream.Length));
            int read;
            while ((read = stream.Read(buffer)) > 0)
            {
                hash.AppendData(buffer, 0, read);
            }
        }

        return hash.GetHashAndReset();
    }

    /// <summary>The cached dictionary in <paramref name="folder"/>, or null when there is none, it was built from other data, or it is damaged.</summary>
    public static PinyinDictionary? TryRead(string folder, byte[] key)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(Path.Combine(folder, FileName));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        try
        {
            return Parse(bytes, key);
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or IndexOutOfRangeException or InvalidDataException)
        {
            return null; // damaged: the caller rebuilds it from the sources
        }
    }

    /// <summary>Writes <paramref name="dictionary"/> to the cache; false (and nothing left behind) when the folder is not writable or an entry does not fit the format.</summary>
    public static bool TryWrite(string folder, byte[] key, PinyinDictionary dictionary)
    {
        var bytes = Serialise(dictionary, key);
        if (bytes is null)
        {
            return false;
        }

        var temporary = Path.Combine(folder, $"{FileName}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllBytes(temporary, bytes);
            File.Move(temporary, Path.Combine(folder, FileName), overwrite: true);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            try
            {
                File.Delete(temporary);
            }
            catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException)
            {
                // Nothing more can be done in a folder we may not write to; a stray .tmp file is never read.
            }

            return false;
        }
    }

    // Layout: magic, key (32), syllable count (u16), syllables (u8 length + ASCII), entry count (i32), then per entry
    // the word (u8 length + UTF-16LE), its log frequency (f32) and its syllables (u8 count + u16 indexes each).
    private static byte[]? Serialise(PinyinDictionary dictionary, byte[] key)
    {
        var syllableIndex = new Dictionary<string, ushort>(StringComparer.Ordinal);
        var lookup = syllableIndex.GetAlternateLookup<ReadOnlySpan<char>>();
        var syllables = new List<string>();
        var body = new byte[4 + dictionary.Entries.Sum(e => 1 + (2 * e.Key.Length) + 4 + 1 + (2 * (e.Value.Pinyin.Length + 1)))];
        BinaryPrimitives.WriteInt32LittleEndian(body, dictionary.Count);
        var at = 4;
        foreach (var (word, reading) in dictionary.Entries)
        {
            if (word.Length > byte.MaxValue)
            {
                return null;
            }

            body[at++] = (byte)word.Length;
            MemoryMarshal.AsBytes(word.AsSpan()).CopyTo(body.AsSpan(at));
            at += 2 * word.Length;
            BinaryPrimitives.WriteSingleLittleEndian(body.AsSpan(at), reading.LogFrequency);
            at += 4;
            var countAt = at++;
            var count = 0;
            var pinyin = reading.Pinyin.AsSpan();
            foreach (var range in pinyin.Split(' '))
            {
                var part = pinyin[range];
                if (!lookup.TryGetValue(part, out var index))
                {
                    if (syllables.Count == ushort.MaxValue || part.Length > byte.MaxValue || !Ascii.IsValid(part))
                    {
                        return null;
                    }

                    index = (ushort)syllables.Count;
                    syllables.Add(part.ToString());
                    syllableIndex[syllables[^1]] = index;
                }

                BinaryPrimitives.WriteUInt16LittleEndian(body.AsSpan(at), index);
                at += 2;
                count++;
            }

            if (count > byte.MaxValue)
            {
                return null;
            }

            body[countAt] = (byte)count;
        }

        var header = new List<byte>(Magic.Length + key.Length + 2 + (syllables.Count * 8));
        header.AddRange(Magic);
        header.AddRange(key);
        header.Add((byte)syllables.Count);
        header.Add((byte)(syllables.Count >> 8));
        foreach (var syllable in syllables)
        {
            header.Add((byte)syllable.Length);
            header.AddRange(Encoding.ASCII.GetBytes(syllable));
        }

        var file = new byte[header.Count + at];
        CollectionsMarshal.AsSpan(header).CopyTo(file);
        body.AsSpan(0, at).CopyTo(file.AsSpan(header.Count));
        return file;
    }

    // Runs once over 350,000 entries: compiled optimised at once instead of starting in the unoptimised tier.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static PinyinDictionary? Parse(ReadOnlySpan<byte> bytes, byte[] key)
    {
        if (!bytes.StartsWith(Magic) || !bytes.Slice(Magic.Length, key.Length).SequenceEqual(key))
        {
            return null;
        }

        var at = Magic.Length + key.Length;
        var syllables = new string[BinaryPrimitives.ReadUInt16LittleEndian(bytes[at..])];
        at += 2;
        for (var i = 0; i < syllables.Length; i++)
        {
            int length = bytes[at++];
            syllables[i] = Encoding.ASCII.GetString(bytes.Slice(at, length));
            at += length;
        }

        var count = BinaryPrimitives.ReadInt32LittleEndian(bytes[at..]);
        at += 4;
        if (count < 0 || count > bytes.Length)
        {
            throw new InvalidDataException("bad entry count");
        }

        var words = new Dictionary<string, WordReading>(count, StringComparer.Ordinal);
        var parts = new string[byte.MaxValue];
        for (var e = 0; e < count; e++)
        {
            int wordLength = bytes[at++];
            var word = new string(MemoryMarshal.Cast<byte, char>(bytes.Slice(at, wordLength * 2)));
            at += wordLength * 2;
            var logFrequency = BinaryPrimitives.ReadSingleLittleEndian(bytes[at..]);
            at += 4;
            int syllableCount = bytes[at++];
            for (var s = 0; s < syllableCount; s++)
            {
                parts[s] = syllables[BinaryPrimitives.ReadUInt16LittleEndian(bytes[at..])];
                at += 2;
            }

            var pinyin = syllableCount == 1 ? parts[0] : string.Join(' ', parts, 0, syllableCount);
            if (!words.TryAdd(word, new WordReading(pinyin, logFrequency)))
            {
                throw new InvalidDataException("duplicate word");
            }
        }

        if (at != bytes.Length)
        {
            throw new InvalidDataException("trailing bytes");
        }

        return new PinyinDictionary(words);
    }
}
