namespace A11yFeed.Jobs;

/// <summary>What one process of the service does (<see cref="JobsOptions.Role"/>).</summary>
public enum JobsRole
{
    /// <summary>Everything in one process: pages, feeds, dashboard and every job worker (the embedded default).</summary>
    All,

    /// <summary>Pages, feeds, media, admin and the dashboard; queues jobs (an admin poll) but runs none.</summary>
    Web,

    /// <summary>The job workers; serves only <c>/health</c>.</summary>
    Worker,
}
