namespace A11yFeed.Speech.Azure;

/// <summary>A failure worth another attempt (throttling, a server error, a timeout, a dropped connection).</summary>
internal sealed class AzureTransientException(string failure, TimeSpan? retryAfter = null, Exception? inner = null)
    : Exception(failure, inner)
{
    public TimeSpan? RetryAfter { get; } = retryAfter;
}
