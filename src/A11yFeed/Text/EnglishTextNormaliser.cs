using System.Text.RegularExpressions;

namespace A11yFeed.Text;

/// <summary>The little an English (or other Latin-script) voice needs help with: symbols it would skip or misread.</summary>
internal static partial class EnglishTextNormaliser
{
    public static string Normalise(string text)
    {
        text = Percent().Replace(text, "$1 percent");
        text = Celsius().Replace(text, "$1 degrees Celsius");
        return text.Replace("&", " and ", StringComparison.Ordinal).Replace("  ", " ", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"(\d)\s?[%％]")]
    private static partial Regex Percent();

    [GeneratedRegex(@"(\d)\s?(?:℃|°C)")]
    private static partial Regex Celsius();
}
