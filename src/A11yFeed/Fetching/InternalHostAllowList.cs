using System.Net;

namespace A11yFeed.Fetching;

/// <summary>
/// The internal hosts an operator lets sources reach (<see cref="FetchOptions.AllowedInternalHosts"/>). An entry
/// names the host as it is written in a URL: a host name, which matches that name only (never whatever else
/// resolves to the same address, so a rebinding name cannot borrow it), or an address or CIDR range, which
/// matches URLs that give an address literal inside it.
/// </summary>
public sealed class InternalHostAllowList
{
    private readonly HashSet<string> _names = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<IPNetwork> _networks = [];

    public InternalHostAllowList(IEnumerable<string> entries)
    {
        foreach (var entry in entries.Select(e => e.Trim()).Where(e => e.Length > 0))
        {
            if (TryParseNetwork(entry, out var network))
            {
                _networks.Add(network);
            }
            else
            {
                _names.Add(entry.TrimEnd('.'));
            }
        }
    }

    /// <summary>Whether <paramref name="entry"/> is a valid address, CIDR range or host name.</summary>
    public static bool IsValidEntry(string entry) =>
        TryParseNetwork(entry.Trim(), out _) || Uri.CheckHostName(entry.Trim()) == UriHostNameType.Dns;

    public bool Allows(string host)
    {
        var bare = host.Trim('[', ']').TrimEnd('.');
        return IPAddress.TryParse(bare, out var address)
            ? _networks.Any(n => n.Contains(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address))
            : _names.Contains(bare);
    }

    private static bool TryParseNetwork(string entry, out IPNetwork network)
    {
        if (IPAddress.TryParse(entry, out var single))
        {
            network = new IPNetwork(single, single.GetAddressBytes().Length * 8);
            return true;
        }

        return IPNetwork.TryParse(entry, out network);
    }
}
