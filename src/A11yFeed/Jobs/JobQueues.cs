namespace A11yFeed.Jobs;

/// <summary>Hangfire queue names, each with its own workers: a slow poll, a long extraction or a long synthesis holds up none of the others.</summary>
public static class JobQueues
{
    public const string Poll = "poll";
    public const string Pipeline = "pipeline";
    public const string Speech = "speech";
}
