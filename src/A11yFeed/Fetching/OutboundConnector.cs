using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace A11yFeed.Fetching;

/// <summary>
/// Opens every connection the fetcher makes, for the first request, each redirect and robots.txt alike. It
/// resolves the host itself and connects only to addresses that are not internal (or to a host the operator
/// allowed), so the address checked is the address used: a name that resolves differently the second time
/// (DNS rebinding) cannot slip a request past the check.
/// </summary>
public sealed class OutboundConnector(IOptions<FetchOptions> options)
{
    private readonly InternalHostAllowList _allowed = new(options.Value.AllowedInternalHosts);

    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(host, cancellationToken);
        var usable = _allowed.Allows(host) ? addresses : addresses.Where(a => !InternalAddresses.IsInternal(a)).ToArray();
        if (usable.Length == 0)
        {
            throw new InternalAddressRefusedException(
                $"{host} resolves to an internal address ({string.Join(", ", addresses.Take(3))}); list it in Fetch:AllowedInternalHosts to allow it");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(usable, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
