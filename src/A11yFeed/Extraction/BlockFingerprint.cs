using A11yFeed.Text;

namespace A11yFeed.Extraction;

/// <summary>
/// A block's identity across pages of one source: a 64-bit FNV-1a hash of its normalised text, so the
/// template memory stores numbers, not the pages' words. Blocks too short to tell apart are not fingerprinted.
/// </summary>
internal static class BlockFingerprint
{
    private const int MinLength = 4;

    public static long? Of(string text) => OfNormalised(TextNormaliser.Normalise(text));

    /// <summary>The fingerprint of text already through <see cref="TextNormaliser.Normalise"/>, so a page's blocks are not normalised twice.</summary>
    public static long? OfNormalised(string normalised)
    {
        if (normalised.Length < MinLength)
        {
            return null;
        }

        var hash = 14695981039346656037UL;
        foreach (var c in normalised)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return unchecked((long)hash);
    }
}
