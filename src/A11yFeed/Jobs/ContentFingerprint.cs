using System.Security.Cryptography;
using System.Text;

namespace A11yFeed.Jobs;

/// <summary>Short, stable hashes that tell whether text (or what is spoken) changed.</summary>
public static class ContentFingerprint
{
    public static string Of(params string?[] parts)
    {
        var joined = string.Join('\u001f', parts.Select(p => p ?? ""));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(joined)));
    }
}
