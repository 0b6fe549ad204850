using System.Net;
using Microsoft.Extensions.Options;

namespace A11yFeed.Admin;

/// <summary>
/// Who may use the admin surface: the machine itself (if allowed), a client giving the admin key in a header, or a
/// browser holding a valid session cookie. Loopback is the connection's own address: forwarding headers are never read.
/// </summary>
public sealed class AdminAccess(IOptionsMonitor<AdminOptions> options, AdminSession session)
{
    public const string HeaderName = "X-A11yFeed-Admin-Key";

    public bool IsAllowed(HttpContext context)
    {
        var admin = options.CurrentValue;
        return (admin.AllowLoopback && IsLoopback(context))
            || AdminKey.Matches(admin.Key, KeyFromHeaders(context.Request))
            || session.IsValid(context.Request);
    }

    public bool IsKey(string? given) => AdminKey.Matches(options.CurrentValue.Key, given);

    private static string? KeyFromHeaders(HttpRequest request)
    {
        var authorization = request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return authorization["Bearer ".Length..].Trim();
        }

        return request.Headers[HeaderName].ToString();
    }

    private static bool IsLoopback(HttpContext context) =>
        context.Connection.RemoteIpAddress is { } remote ? IPAddress.IsLoopback(remote)
        // The in-memory test server has no remote address; it is the process itself.
        : context.Connection.LocalIpAddress is null;
}
