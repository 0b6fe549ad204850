using System.Buffers.Binary;
using System.Buffers.Text;
using System.Security.Cryptography;
using A11yFeed.Publishing;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace A11yFeed.Admin;

/// <summary>
/// The session cookie a browser gets after one key check: its expiry and a fingerprint of the key, encrypted and
/// signed by data protection, whose keys live in the data folder so a restart or a second process accepts it.
/// </summary>
public sealed class AdminSession(
    IDataProtectionProvider protection, IOptionsMonitor<AdminOptions> admin, IOptionsMonitor<FeedOptions> feeds, TimeProvider clock)
{
    public const string CookieName = "a11yfeed-admin";

    private const int FingerprintLength = 32;
    private readonly IDataProtector _protector = protection.CreateProtector("A11yFeed.Admin.Session.v1");

    public void Issue(HttpContext context)
    {
        var options = admin.CurrentValue;
        var expires = clock.GetUtcNow() + options.SessionLifetime;
        var payload = new byte[sizeof(long) + FingerprintLength];
        BinaryPrimitives.WriteInt64BigEndian(payload, expires.ToUnixTimeSeconds());
        AdminKey.Fingerprint(options.Key!).CopyTo(payload, sizeof(long));

        context.Response.Cookies.Append(CookieName, Base64Url.EncodeToString(_protector.Protect(payload)), new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            // Behind a TLS proxy the request itself is plain HTTP; the public address says how browsers reach us.
            Secure = context.Request.IsHttps || feeds.CurrentValue.PublicBaseUri?.Scheme == Uri.UriSchemeHttps,
            Path = "/",
            MaxAge = options.SessionLifetime,
            IsEssential = true,
        });
    }

    public bool IsValid(HttpRequest request)
    {
        var key = admin.CurrentValue.Key;
        if (string.IsNullOrEmpty(key) || request.Cookies[CookieName] is not { Length: > 0 } cookie)
        {
            return false;
        }

        byte[] payload;
        try
        {
            payload = _protector.Unprotect(Base64Url.DecodeFromChars(cookie));
        }
        catch (Exception exception) when (exception is CryptographicException or FormatException)
        {
            return false;
        }

        return payload.Length == sizeof(long) + FingerprintLength
            && clock.GetUtcNow().ToUnixTimeSeconds() < BinaryPrimitives.ReadInt64BigEndian(payload)
            && CryptographicOperations.FixedTimeEquals(payload.AsSpan(sizeof(long)), AdminKey.Fingerprint(key));
    }
}
