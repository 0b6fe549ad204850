using System.Globalization;
using System.Text;

namespace A11yFeed.Audio;

/// <summary>
/// Builds the ID3v2.4 tag that opens an episode: title, artist, album, full recording date, language, a comment
/// with the article's address and the WOAS link. Written by us rather than lame, whose UTF-16 comment frame
/// players reject and which cannot write a full date; UTF-8 text (encoding 3) keeps Chinese titles intact.
/// Chapters follow the ID3v2 Chapter Frame Addendum 1.0: one ordered top-level CTOC naming every CHAP, each CHAP
/// with its start and end in milliseconds (byte offsets unused) and its title as an embedded TIT2.
/// </summary>
public static class Id3v2Tag
{
    public static byte[] Build(Mp3Tags tags)
    {
        using var frames = new MemoryStream();
        var language = Iso639_2(tags.Language);
        TextFrame(frames, "TIT2", tags.Title);
        TextFrame(frames, "TPE1", tags.Artist);
        TextFrame(frames, "TALB", tags.Album);
        TextFrame(frames, "TDRC", tags.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        TextFrame(frames, "TLAN", tags.Language is null ? null : language);
        if (Clean(tags.SourceUrl) is { } url)
        {
            // Encoding, language, an empty description and its terminator, then the text.
            Frame(frames, "COMM", [3, .. Encoding.ASCII.GetBytes(language), 0, .. Encoding.UTF8.GetBytes(url)]);
            // URL frames are ISO-8859-1 with no encoding byte; only an ASCII link can be written faithfully.
            if (url.All(char.IsAscii))
            {
                Frame(frames, "WOAS", Encoding.ASCII.GetBytes(url));
            }
        }

        WriteChapters(frames, tags.Chapters ?? []);
        var body = frames.ToArray();
        return [(byte)'I', (byte)'D', (byte)'3', 4, 0, 0, .. SyncSafe(body.Length), .. body];
    }

    /// <summary>The ISO 639-2 code ID3 wants for a BCP 47 tag ("zh-CN" → "zho", "en" → "eng"); "und" when unknown.</summary>
    public static string Iso639_2(string? language)
    {
        if (string.IsNullOrWhiteSpace(language))
        {
            return "und";
        }

        try
        {
            var code = CultureInfo.GetCultureInfo(language.Trim().Replace('_', '-').Split('-')[0]).ThreeLetterISOLanguageName;
            return code.Length == 3 && code.All(char.IsAsciiLetterLower) ? code : "und";
        }
        catch (CultureNotFoundException)
        {
            return "und";
        }
    }

    private static void WriteChapters(MemoryStream frames, IReadOnlyList<Mp3Chapter> chapters)
    {
        if (chapters.Count == 0)
        {
            return;
        }

        using var toc = new MemoryStream();
        // Element id, then flags: top-level (bit 1) and ordered (bit 0), then the entry count and the child ids.
        toc.Write([.. Encoding.ASCII.GetBytes("toc"), 0, 0x03, (byte)chapters.Count]);
        foreach (var chapter in chapters)
        {
            toc.Write([.. Encoding.ASCII.GetBytes(chapter.Id), 0]);
        }

        Frame(frames, "CTOC", toc.ToArray());
        foreach (var chapter in chapters)
        {
            using var chap = new MemoryStream();
            chap.Write([.. Encoding.ASCII.GetBytes(chapter.Id), 0]);
            chap.Write(BigEndian(checked((uint)chapter.StartMs)));
            chap.Write(BigEndian(checked((uint)chapter.EndMs)));
            // No byte offsets: players seek by time, and 0xFFFFFFFF says so.
            chap.Write(BigEndian(uint.MaxValue));
            chap.Write(BigEndian(uint.MaxValue));
            TextFrame(chap, "TIT2", chapter.Title);
            Frame(frames, "CHAP", chap.ToArray());
        }
    }

    private static byte[] BigEndian(uint value) =>
        [(byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value];

    private static void TextFrame(MemoryStream frames, string id, string? value)
    {
        if (Clean(value) is { } text)
        {
            Frame(frames, id, [3, .. Encoding.UTF8.GetBytes(text)]);
        }
    }

    private static void Frame(MemoryStream frames, string id, byte[] content)
    {
        frames.Write(Encoding.ASCII.GetBytes(id));
        frames.Write(SyncSafe(content.Length));
        frames.Write([0, 0]);
        frames.Write(content);
    }

    private static string? Clean(string? value) => value?.ReplaceLineEndings(" ").Replace("\0", "", StringComparison.Ordinal).Trim() is { Length: > 0 } text ? text : null;

    private static byte[] SyncSafe(int value) =>
        [(byte)((value >> 21) & 0x7F), (byte)((value >> 14) & 0x7F), (byte)((value >> 7) & 0x7F), (byte)(value & 0x7F)];
}
