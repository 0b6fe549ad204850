using System.IO.Compression;
using A11yFeed.Fetching;

namespace A11yFeed.Bench.Scoring;

/// <summary>
/// Decodes a stored corpus page (optionally .gz) exactly as the service would, through the fetch stage's
/// <see cref="CharsetDecoder"/>: many pages are GBK as served, and some were re-saved as UTF-8 with their old
/// "gb2312" meta tag left in. Compiled into the benchmark and the tests.
/// </summary>
internal static class CorpusPageDecoder
{
    public static string Read(string path)
    {
        var bytes = path.EndsWith(".gz", StringComparison.Ordinal) ? Gunzip(path) : File.ReadAllBytes(path);
        return CharsetDecoder.Decode(bytes, declaredCharset: null).Text;
    }

    private static byte[] Gunzip(string path)
    {
        using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var buffer = new MemoryStream();
        gzip.CopyTo(buffer);
        return buffer.ToArray();
    }
}
