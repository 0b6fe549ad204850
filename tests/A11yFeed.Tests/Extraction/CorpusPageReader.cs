using System.Text;
using System.Text.RegularExpressions;

namespace A11yFeed.Tests.Extraction;

/// <summary>Decodes corpus pages the way the fetch stage would hand them over: UTF-8, else the GB family.</summary>
internal static partial class CorpusPageReader
{
    static CorpusPageReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            var head = Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 2048));
            var declared = Charset().Match(head);
            var name = declared.Success ? declared.Groups[1].Value : "gb18030";
            return (TryGet(name) ?? Encoding.GetEncoding("gb18030")).GetString(bytes);
        }
    }

    private static Encoding? TryGet(string name)
    {
        try
        {
            // GB2312 and GBK pages routinely use characters only GB18030 has.
            return name.StartsWith("gb", StringComparison.OrdinalIgnoreCase) ? Encoding.GetEncoding("gb18030") : Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"charset\s*=\s*[""']?([\w-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex Charset();
}
