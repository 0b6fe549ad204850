using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace A11yFeed.Admin;

/// <summary>Decides whether a request may use the admin surface: loopback (if allowed) or the admin key.</summary>
public sealed class AdminAccess(IOptionsMonitor<AdminOptions> options)
{
    public const string HeaderName = "X-Admin-Key";
    public const string CookieName = "a11yfeed-admin";

    public bool IsAllowed(HttpContext context)
    {
        var admin = options.CurrentValue;
        if (admin.AllowLoopback && IsLoopback(context))
        {
            return true;
        }

        if (string.IsNullOrEmpty(admin.Key))
        {
            return false;
        }

        if (Matches(admin.Key, context.Request.Headers[HeaderName].ToString())
            || Matches(admin.Key, context.Request.Cookies[CookieName]))
        {
            return true;
        }

        if (Matches(admin.Key, context.Request.Query["key"].ToString()))
        {
            context.Response.Cookies.Append(CookieName, admin.Key, new CookieOptions
            {
                HttpOnly = true,
                SameSite = SameSiteMode.Strict,
                Secure = context.Request.IsHttps,
                Path = "/",
            });
            return true;
        }

        return false;
    }

    private static bool IsLoopback(HttpContext context) =>
        context.Connection.RemoteIpAddress is { } remote ? IPAddress.IsLoopback(remote)
        // The in-memory test server has no remote address; it is the process itself.
        : context.Connection.LocalIpAddress is null;

    private static bool Matches(string expected, string? given) =>
        !string.IsNullOrEmpty(given)
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(given));
}
