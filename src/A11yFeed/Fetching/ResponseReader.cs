using System.Buffers;

namespace A11yFeed.Fetching;

/// <summary>Reads a response body, stopping as soon as it passes a size cap instead of buffering it all.</summary>
internal static class ResponseReader
{
    public static async Task<byte[]> ReadCappedAsync(HttpResponseMessage response, long maxBytes, CancellationToken cancellationToken)
    {
        var url = response.RequestMessage?.RequestUri;
        if (response.Content.Headers.ContentLength is { } declared && declared > maxBytes)
        {
            throw TooLarge(url, maxBytes);
        }

        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    throw TooLarge(url, maxBytes);
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer.ToArray();
    }

    private static FetchException TooLarge(Uri? url, long maxBytes) =>
        new($"{url} is larger than the {maxBytes} byte limit (Fetch:MaxResponseBytes)", isTransient: false);
}
