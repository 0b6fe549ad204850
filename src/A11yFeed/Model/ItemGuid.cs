using System.Security.Cryptography;
using System.Text;

namespace A11yFeed.Model;

/// <summary>
/// Feed item guids are name-based UUIDs (RFC 9562 version 5) of the source and the article URL, so a rebuilt
/// database gives every article the guid it had before and podcast apps never see an episode twice.
/// </summary>
public static class ItemGuid
{
    private static readonly Guid Namespace = new("8a3c6f0e-5b1d-5e2a-9c47-a11feed00001");

    public static string For(string sourceId, string url) => "urn:uuid:" + NameBased(Namespace, $"{sourceId}\n{url}");

    public static Guid NameBased(Guid namespaceId, string name)
    {
        Span<byte> bytes = stackalloc byte[16];
        namespaceId.TryWriteBytes(bytes, bigEndian: true, out _);
#pragma warning disable CA5350 // RFC 9562 defines version 5 with SHA-1; it names, it does not protect.
        var hash = SHA1.HashData([.. bytes, .. Encoding.UTF8.GetBytes(name)]);
#pragma warning restore CA5350
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}
