namespace A11yFeed.Jobs;

/// <summary>Hangfire queue names: speech has its own workers so a long synthesis never holds up polling.</summary>
public static class JobQueues
{
    public const string Pipeline = "pipeline";
    public const string Speech = "speech";
}
