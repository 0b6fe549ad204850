using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace A11yFeed.Storage;

/// <summary>
/// What a media key may look like, whatever the store: relative, slash-separated, plain ASCII names with no
/// empty, "." or ".." segment. Such a key cannot leave a store's folder or prefix.
/// </summary>
public static partial class MediaKey
{
    public static bool IsValid([NotNullWhen(true)] string? key) =>
        !string.IsNullOrEmpty(key)
        && Pattern().IsMatch(key)
        && key.Split('/').All(segment => segment is not ("" or "." or ".."));

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._/-]*$")]
    private static partial Regex Pattern();
}
