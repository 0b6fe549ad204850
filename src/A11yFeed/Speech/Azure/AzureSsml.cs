using System.Globalization;
using System.Text;
using System.Xml;

namespace A11yFeed.Speech.Azure;

/// <summary>
/// Writes the SSML document for one request. XmlWriter does the escaping, so article text with &lt;, &amp; or
/// quotes can never change the markup, and characters XML cannot carry are dropped rather than failing the request.
/// </summary>
internal static class AzureSsml
{
    private const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";
    private const string SsmlNamespace = "http://www.w3.org/2001/10/synthesis";

    public static string Build(string text, string language, string voice, double rate)
    {
        var settings = new XmlWriterSettings { OmitXmlDeclaration = true, Encoding = new UTF8Encoding(false), CheckCharacters = true };
        var builder = new StringBuilder();
        using (var writer = XmlWriter.Create(builder, settings))
        {
            writer.WriteStartElement("speak", SsmlNamespace);
            writer.WriteAttributeString("version", "1.0");
            writer.WriteAttributeString("xml", "lang", XmlNamespace, language);
            writer.WriteStartElement("voice", SsmlNamespace);
            writer.WriteAttributeString("name", voice);
            writer.WriteStartElement("prosody", SsmlNamespace);
            writer.WriteAttributeString("rate", RatePercent(rate));
            writer.WriteString(XmlSafe(text));
            writer.WriteEndElement();
            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        return builder.ToString();
    }

    /// <summary>The prosody rate for a rate relative to normal: 0.9 is "-10%". The service accepts half to double speed.</summary>
    public static string RatePercent(double rate)
    {
        var relative = double.IsFinite(rate) && rate > 0 ? Math.Clamp(rate, 0.5, 2.0) : 1.0;
        var percent = (int)Math.Round((relative - 1.0) * 100, MidpointRounding.AwayFromZero);
        return percent.ToString("+0;-0;0", CultureInfo.InvariantCulture) + "%";
    }

    private static string XmlSafe(string text)
    {
        if (text.All(XmlConvert.IsXmlChar) && !text.Any(char.IsSurrogate))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(text, i++, 2);
            }
            else if (XmlConvert.IsXmlChar(text[i]))
            {
                builder.Append(text[i]);
            }
        }

        return builder.ToString();
    }
}
