using System.Text;
using System.Text.RegularExpressions;

namespace A11yFeed.Text;

/// <summary>
/// Cleans one paragraph of page text so that later stages (and the speech engine) see one space
/// between words, no invisible characters and no indentation.
/// </summary>
public static partial class TextNormaliser
{
    /// <summary>Returns the paragraph with whitespace collapsed, invisible characters removed and punctuation spacing made consistent.</summary>
    public static string Normalise(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (IsInvisible(c))
            {
                continue;
            }

            // NBSP, ideographic space (U+3000, the usual Chinese indentation) and tabs are all "a space" to a reader.
            if (char.IsWhiteSpace(c) || c == '\u00A0' || c == '\u3000')
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        var collapsed = builder.ToString();
        collapsed = SpaceAroundFullWidthPunctuation().Replace(collapsed, "$1");
        collapsed = SpaceBeforeLatinPunctuation().Replace(collapsed, "$1");
        return collapsed;
    }

    private static bool IsInvisible(char c) =>
        c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD' or '\u200E' or '\u200F'
        || (char.IsControl(c) && c is not ('\t' or '\n' or '\r'));

    // Full-width punctuation carries its own spacing; a space beside it is an artefact of page layout.
    [GeneratedRegex(@" ?([，。！？；：、（）「」『』《》【】]) ?")]
    private static partial Regex SpaceAroundFullWidthPunctuation();

    [GeneratedRegex(@"(?<=[\p{L}\p{N}]) +([,.;:!?])(?= |$)")]
    private static partial Regex SpaceBeforeLatinPunctuation();
}
