namespace A11yFeed.Tests.Storage;

/// <summary>A fact that needs the S3 server of <see cref="S3TestServer"/>; skipped when none is configured.</summary>
public sealed class S3FactAttribute : FactAttribute
{
    public S3FactAttribute()
    {
        if (!S3TestServer.Configured)
        {
            Skip = S3TestServer.SkipReason;
        }
    }
}

/// <summary>A theory that needs the S3 server of <see cref="S3TestServer"/>; skipped when none is configured.</summary>
public sealed class S3TheoryAttribute : TheoryAttribute
{
    public S3TheoryAttribute()
    {
        if (!S3TestServer.Configured)
        {
            Skip = S3TestServer.SkipReason;
        }
    }
}
