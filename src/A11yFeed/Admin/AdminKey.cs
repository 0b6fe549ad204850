using System.Security.Cryptography;
using System.Text;

namespace A11yFeed.Admin;

/// <summary>Comparisons of the admin key that take the same time whatever was given.</summary>
internal static class AdminKey
{
    /// <summary>
    /// Compares hashes, not the strings: <see cref="CryptographicOperations.FixedTimeEquals"/> returns early on a
    /// length difference, which would tell a caller the key's length.
    /// </summary>
    public static bool Matches(string? expected, string? given) =>
        !string.IsNullOrEmpty(expected)
        && !string.IsNullOrEmpty(given)
        && CryptographicOperations.FixedTimeEquals(Hash(expected), Hash(given));

    /// <summary>What a session remembers of the key it was issued for, so changing the key ends every session.</summary>
    public static byte[] Fingerprint(string key) => SHA256.HashData(Encoding.UTF8.GetBytes("a11yfeed admin session\n" + key));

    private static byte[] Hash(string value) => SHA256.HashData(Encoding.UTF8.GetBytes(value));
}
