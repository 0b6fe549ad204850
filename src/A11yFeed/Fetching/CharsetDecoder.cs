using System.Text;
using System.Text.RegularExpressions;
using UtfUnknown;

namespace A11yFeed.Fetching;

/// <summary>
/// Turns the bytes of a page or file into text. The charset is taken from, in order: a byte order mark
/// (unambiguous, so it beats a server header that is often a site-wide default), the HTTP header,
/// an XML declaration or HTML &lt;meta&gt; in the first 8 KiB (each checked against the bytes), strict UTF-8
/// validity, and statistical detection.
/// The GB2312/GBK family is always decoded as its superset GB18030, since real "GB2312" pages use GBK characters.
/// </summary>
public static partial class CharsetDecoder
{
    private const int PrescanBytes = 8192;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static CharsetDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static DecodedText Decode(ReadOnlySpan<byte> bytes, string? declaredCharset)
    {
        var encoding = FromBom(bytes, out var bomLength)
            ?? CheckAgainstBytes(Resolve(declaredCharset) ?? Resolve(FindDeclaredInDocument(bytes)), bytes)
            ?? Detect(bytes);
        var text = encoding.GetString(bytes[bomLength..]);
        return new DecodedText(text, encoding.WebName);
    }

    /// <summary>The encoding for a charset label, with the GB family widened to GB18030; null when unknown.</summary>
    public static Encoding? Resolve(string? label)
    {
        var name = label?.Trim().Trim('"', '\'').ToLowerInvariant();
        if (string.IsNullOrEmpty(name))
        {
            return null;
        }

        if (name is "gb2312" or "gbk" or "x-gbk" or "gb_2312-80" or "cp936" or "windows-936" or "csgb2312" or "euc-cn" or "gb18030")
        {
            return Encoding.GetEncoding("GB18030");
        }

        try
        {
            return Encoding.GetEncoding(name is "utf8" ? "utf-8" : name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>True when the bytes hold NUL characters outside a UTF-16/32 text: images, archives, PDFs.</summary>
    public static bool LooksBinary(ReadOnlySpan<byte> bytes, string? declaredCharset)
    {
        if (FromBom(bytes, out _) is { } bom && bom is not UTF8Encoding)
        {
            return false;
        }

        if (declaredCharset?.Contains("utf-16", StringComparison.OrdinalIgnoreCase) == true
            || declaredCharset?.Contains("utf-32", StringComparison.OrdinalIgnoreCase) == true)
        {
            return false;
        }

        return bytes[..Math.Min(bytes.Length, PrescanBytes)].Contains((byte)0);
    }

    /// <summary>
    /// Declarations lie: pages re-saved as UTF-8 keep their old gb2312 &lt;meta&gt;, and servers label GBK pages
    /// UTF-8. Multi-byte UTF-8 almost never arises by chance in legacy-encoded text, so non-ASCII bytes that are
    /// valid UTF-8 are read as UTF-8 whatever the label, and a UTF-8 label on invalid UTF-8 is ignored (null:
    /// detect instead). UTF-16 and UTF-32 labels are trusted: their bytes can look like anything.
    /// </summary>
    private static Encoding? CheckAgainstBytes(Encoding? declared, ReadOnlySpan<byte> bytes)
    {
        if (declared is null or UnicodeEncoding or UTF32Encoding || bytes.IndexOfAnyExceptInRange((byte)0, (byte)0x7F) < 0)
        {
            return declared;
        }

        var validUtf8 = System.Text.Unicode.Utf8.IsValid(bytes);
        return declared.CodePage == Encoding.UTF8.CodePage
            ? (validUtf8 ? declared : null)
            : (validUtf8 ? new UTF8Encoding(false) : declared);
    }

    private static Encoding? FromBom(ReadOnlySpan<byte> bytes, out int length)
    {
        (Encoding? encoding, length) = bytes switch
        {
            [0xEF, 0xBB, 0xBF, ..] => ((Encoding?)new UTF8Encoding(false), 3),
            [0xFF, 0xFE, 0x00, 0x00, ..] => (new UTF32Encoding(bigEndian: false, byteOrderMark: false), 4),
            [0xFE, 0xFF, ..] => (new UnicodeEncoding(bigEndian: true, byteOrderMark: false), 2),
            [0xFF, 0xFE, ..] => (new UnicodeEncoding(bigEndian: false, byteOrderMark: false), 2),
            _ => (null, 0),
        };
        return encoding;
    }

    private static string? FindDeclaredInDocument(ReadOnlySpan<byte> bytes)
    {
        // Declarations are ASCII, so Latin-1 keeps their bytes intact whatever the real encoding.
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, PrescanBytes)]);
        var match = XmlDeclaration().Match(head);
        if (match.Success)
        {
            return match.Groups["charset"].Value;
        }

        match = MetaCharset().Match(head);
        return match.Success ? match.Groups["charset"].Value : null;
    }

    private static Encoding Detect(ReadOnlySpan<byte> bytes)
    {
        try
        {
            StrictUtf8.GetCharCount(bytes);
            return new UTF8Encoding(false);
        }
        catch (DecoderFallbackException)
        {
            // Not UTF-8: fall through to detection.
        }

        var detected = CharsetDetector.DetectFromBytes(bytes.ToArray()).Detected;

        // Chinese sources are what this service mostly reads; GB18030 decodes any byte sequence without loss of the ASCII.
        return Resolve(detected?.EncodingName) ?? Encoding.GetEncoding("GB18030");
    }

    [GeneratedRegex("""^\s*<\?xml[^>]*\bencoding\s*=\s*["'](?<charset>[A-Za-z0-9._:-]+)["']""", RegexOptions.IgnoreCase)]
    private static partial Regex XmlDeclaration();

    [GeneratedRegex("""<meta\b[^>]*?\bcharset\s*=\s*["']?\s*(?<charset>[A-Za-z0-9._:-]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();
}
