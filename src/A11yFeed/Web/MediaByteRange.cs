namespace A11yFeed.Web;

/// <summary>One range of a Range header: "From-To", "From-" or the suffix "-To" (the last To bytes).</summary>
internal readonly record struct MediaByteRange(long? From, long? To)
{
    public bool Unsatisfiable(long length) =>
        From is { } from ? from >= length : To is not > 0 || length == 0;

    /// <summary>The offset and byte count within an object of <paramref name="length"/> bytes; only when satisfiable.</summary>
    public (long Offset, long Length) Resolve(long length)
    {
        if (From is { } from)
        {
            var last = To is { } to ? Math.Min(to, length - 1) : length - 1;
            return (from, last - from + 1);
        }

        var suffix = Math.Min(To!.Value, length);
        return (length - suffix, suffix);
    }
}
