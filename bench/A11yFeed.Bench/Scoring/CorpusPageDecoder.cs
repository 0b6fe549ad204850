using System.IO.Compression;
using System.Text;
using A11yFeed.Fetching;

namespace A11yFeed.Bench.Scoring;

/// <summary>
/// Decodes a stored corpus page (optionally .gz) as the service would: bytes that are valid UTF-8 are
/// UTF-8, anything else goes through the fetch stage's <see cref="CharsetDecoder"/> (GBK pages as served).
/// UTF-8 validity is checked first because some stored pages were re-saved as UTF-8 and kept their old
/// "gb2312" meta tag; with no HTTP header to go by, that tag would win. Compiled into the benchmark and the tests.
/// </summary>
internal static class CorpusPageDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Read(string path)
    {
        var bytes = path.EndsWith(".gz", StringComparison.Ordinal) ? Gunzip(path) : File.ReadAllBytes(path);
        try
        {
            return StrictUtf8.GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return CharsetDecoder.Decode(bytes, declaredCharset: null).Text;
        }
    }

    private static byte[] Gunzip(string path)
    {
        using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var buffer = new MemoryStream();
        gzip.CopyTo(buffer);
        return buffer.ToArray();
    }
}
