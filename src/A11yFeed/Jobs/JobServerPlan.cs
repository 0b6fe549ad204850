namespace A11yFeed.Jobs;

/// <summary>
/// One Hangfire server of a process: its queues and workers, whether it runs without Hangfire's own schedulers, and
/// whether its idle workers listen for jobs other processes enqueue (PostgreSQL's LISTEN/NOTIFY) or poll for them.
/// </summary>
public sealed record JobServerPlan(string Name, string[] Queues, int Workers, bool IsLightweight, bool Listens);
