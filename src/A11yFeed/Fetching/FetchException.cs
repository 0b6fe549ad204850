namespace A11yFeed.Fetching;

/// <summary>
/// A document could not be loaded. <see cref="IsTransient"/> says whether trying again later may help
/// (5xx, timeouts) or not (404, robots.txt, too large, not text).
/// </summary>
public sealed class FetchException(string message, bool isTransient, Exception? inner = null)
    : Exception(message, inner)
{
    public bool IsTransient { get; } = isTransient;
}
