using Hangfire;

namespace A11yFeed.Jobs;

/// <summary>The article jobs that will run without help: waiting in a queue or scheduled for a retry, and, when asked, running.</summary>
internal static class WaitingArticleJobs
{
    /// <summary>Enough to see every waiting job of a busy install; beyond it a job may be queued twice, which is harmless.</summary>
    private const int MaxJobsLookedAt = 20_000;

    /// <param name="includeProcessing">
    /// Whether running jobs count: for a poll they do (the job is alive); at start they do not (they belong to a
    /// process that died, and would otherwise wait for the job storage's invisibility timeout).
    /// </param>
    public static HashSet<(Type Job, long ArticleId)> Find(JobStorage storage, bool includeProcessing)
    {
        var monitoring = storage.GetMonitoringApi();
        var jobs = new[] { JobQueues.Pipeline, JobQueues.Speech }
            .SelectMany(queue => monitoring.EnqueuedJobs(queue, 0, MaxJobsLookedAt).Select(j => j.Value?.Job))
            .Concat(monitoring.ScheduledJobs(0, MaxJobsLookedAt).Select(j => j.Value?.Job));
        if (includeProcessing)
        {
            jobs = jobs.Concat(monitoring.ProcessingJobs(0, MaxJobsLookedAt).Select(j => j.Value?.Job));
        }

        return jobs
            .Where(job => job is { Args: [long, ..] })
            .Select(job => (job!.Type, (long)job.Args[0]))
            .ToHashSet();
    }
}
