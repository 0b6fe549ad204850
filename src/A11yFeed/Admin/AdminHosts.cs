using A11yFeed.Publishing;
using Microsoft.Extensions.Options;

namespace A11yFeed.Admin;

/// <summary>
/// The host names the admin surface answers to. A page on a name its owner rebinds to 127.0.0.1 reaches us with
/// that name in <c>Host</c>; an IP address cannot be rebound, and the others are names the operator chose.
/// </summary>
public sealed class AdminHosts(IOptionsMonitor<AdminOptions> admin, IOptionsMonitor<FeedOptions> feeds)
{
    public bool IsAccepted(HostString host)
    {
        if (!host.HasValue)
        {
            return false;
        }

        var name = host.Host;
        return Uri.CheckHostName(name.Trim('[', ']')) is UriHostNameType.IPv4 or UriHostNameType.IPv6
            || name.Equals("localhost", StringComparison.OrdinalIgnoreCase)
            || name.Equals(feeds.CurrentValue.PublicBaseUri?.Host, StringComparison.OrdinalIgnoreCase)
            || admin.CurrentValue.AllowedHosts.Contains(name, StringComparer.OrdinalIgnoreCase);
    }
}
