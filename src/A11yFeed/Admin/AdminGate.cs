using A11yFeed.Publishing;
using Microsoft.Extensions.Options;

namespace A11yFeed.Admin;

/// <summary>
/// Stands in front of every endpoint marked <see cref="AdminSurface"/> (/admin and /hangfire): refuses foreign host
/// names (DNS rebinding) and cross-site state changes (CSRF, which loopback trust would otherwise let through), trades
/// a <c>?key=</c> for a session cookie, then admits by <see cref="AdminAccess"/>. Endpoints check
/// <see cref="HasAdmitted"/>, so an endpoint the gate did not see stays closed.
/// </summary>
internal sealed class AdminGate(
    RequestDelegate next, AdminHosts hosts, AdminAccess access, AdminSession session, IOptionsMonitor<FeedOptions> feeds,
    ILogger<AdminGate> logger)
{
    private static readonly object Admitted = new();

    public static bool HasAdmitted(HttpContext context) => context.Items.ContainsKey(Admitted);

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<AdminSurface>() is null)
        {
            await next(context);
            return;
        }

        var request = context.Request;
        if (!hosts.IsAccepted(request.Host))
        {
            logger.LogWarning("Refused an admin request for host {Host} ({Path})", request.Host.Value, request.Path.Value);
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        if (CrossSiteRequest.IsCrossSite(request, feeds.CurrentValue.PublicBaseUri))
        {
            logger.LogWarning("Refused a cross-site {Method} to {Path} from {Origin}", request.Method, request.Path.Value, request.Headers.Origin.ToString());
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }

        if (HttpMethods.IsGet(request.Method) && request.Query.TryGetValue("key", out var key))
        {
            ExchangeKey(context, key.ToString());
            return;
        }

        if (!access.IsAllowed(context))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }

        context.Items[Admitted] = true;
        await next(context);
    }

    /// <summary>
    /// The key in an address stays in history, logs and Referer headers: it is checked once, traded for a session
    /// cookie, and the browser sent on to the same address without it.
    /// </summary>
    private void ExchangeKey(HttpContext context, string key)
    {
        var response = context.Response;
        response.Headers.CacheControl = "no-store";
        response.Headers["Referrer-Policy"] = "no-referrer";
        if (!access.IsKey(key))
        {
            response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }

        session.Issue(context);
        var rest = QueryString.Create(context.Request.Query.Where(p => !p.Key.Equals("key", StringComparison.OrdinalIgnoreCase)));
        response.StatusCode = StatusCodes.Status303SeeOther;
        response.Headers.Location = context.Request.PathBase + context.Request.Path + rest;
    }
}
