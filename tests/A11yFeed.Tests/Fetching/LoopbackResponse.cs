using System.Text;

namespace A11yFeed.Tests.Fetching;

/// <summary>What <see cref="LoopbackSite"/> answers for a path: status, Content-Type, body bytes and extra headers.</summary>
public sealed record LoopbackResponse(int Status, string? ContentType, byte[] Body, IReadOnlyDictionary<string, string>? Headers = null)
{
    public static LoopbackResponse Text(string text, string contentType = "text/html; charset=utf-8", int status = 200) =>
        new(status, contentType, Encoding.UTF8.GetBytes(text));

    public static LoopbackResponse Empty(int status, IReadOnlyDictionary<string, string>? headers = null) =>
        new(status, "text/plain", Encoding.UTF8.GetBytes($"status {status}"), headers);
}
