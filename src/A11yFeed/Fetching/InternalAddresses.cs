using System.Net;
using System.Net.Sockets;

namespace A11yFeed.Fetching;

/// <summary>
/// Addresses a link on the web must never make the service connect to: its own machine, private and
/// carrier-grade NAT networks, link-local addresses (cloud metadata services live at 169.254.169.254),
/// unspecified, multicast and reserved ranges, in IPv4, IPv6 and IPv4 mapped into IPv6.
/// </summary>
public static class InternalAddresses
{
    private static readonly IPNetwork[] Networks =
    [
        IPNetwork.Parse("0.0.0.0/8"),        // "this" network, and 0.0.0.0 itself
        IPNetwork.Parse("10.0.0.0/8"),       // private
        IPNetwork.Parse("100.64.0.0/10"),    // carrier-grade NAT
        IPNetwork.Parse("127.0.0.0/8"),      // loopback
        IPNetwork.Parse("169.254.0.0/16"),   // link-local, cloud metadata
        IPNetwork.Parse("172.16.0.0/12"),    // private
        IPNetwork.Parse("192.0.0.0/24"),     // IETF protocol assignments
        IPNetwork.Parse("192.168.0.0/16"),   // private
        IPNetwork.Parse("198.18.0.0/15"),    // benchmarking
        IPNetwork.Parse("224.0.0.0/4"),      // multicast
        IPNetwork.Parse("240.0.0.0/4"),      // reserved, and the broadcast address
        IPNetwork.Parse("::/128"),           // unspecified
        IPNetwork.Parse("::1/128"),          // loopback
        IPNetwork.Parse("64:ff9b:1::/48"),   // local-use NAT64
        IPNetwork.Parse("fc00::/7"),         // unique local
        IPNetwork.Parse("fe80::/10"),        // link-local
        IPNetwork.Parse("ff00::/8"),         // multicast
    ];

    public static bool IsInternal(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }
        else if (address.AddressFamily == AddressFamily.InterNetworkV6 && IsIPv4Compatible(address))
        {
            return true; // deprecated ::a.b.c.d forms: nothing public is reached that way
        }

        return Networks.Any(network => network.Contains(address));
    }

    private static bool IsIPv4Compatible(IPAddress address)
    {
        var bytes = address.GetAddressBytes();
        return bytes.AsSpan(0, 12).IndexOfAnyExcept((byte)0) < 0;
    }
}
