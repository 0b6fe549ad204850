using System.ComponentModel.DataAnnotations;

namespace A11yFeed.Jobs;

public sealed class JobsOptions
{
    public const string Section = "Jobs";

    /// <summary>
    /// What this process does: <see cref="JobsRole.All"/> (default), <see cref="JobsRole.Web"/> or
    /// <see cref="JobsRole.Worker"/>. Only All is valid with the embedded SQLite database.
    /// </summary>
    public JobsRole Role { get; set; } = JobsRole.All;

    /// <summary>
    /// With PostgreSQL, how long a job fetched by a worker that stopped answering stays invisible before another worker
    /// takes it (the failover time after a crash). A live worker keeps extending it (sliding), so a long synthesis
    /// never reaches it.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:05", "1.00:00:00")]
    public TimeSpan InvisibilityTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How often a worker that does not own the source schedule checks whether its owner is gone.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan ScheduleTakeoverInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How often idle workers look for new jobs; short, because a poll fans out into many small jobs.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:01:00")]
    public TimeSpan QueuePollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// With PostgreSQL, how often the poll workers that do not listen for other processes' jobs look for them. One poll
    /// worker per process listens and takes a poll another process asks for at once, and polls asked in this process
    /// wake these workers at once; this only bounds the wait when many polls arrive from elsewhere together. Each look
    /// is a transaction on the job database, so it is long.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan QuietQueuePollInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// Workers for polling sources: their own, so extraction and speech never make a poll wait. Polls mostly wait on the
    /// network, and a slow site holds one worker for up to <see cref="PollTimeout"/>, so there are more than cores.
    /// </summary>
    [Range(0, 64)]
    public int PollWorkers { get; set; } = 10;

    /// <summary>
    /// The longest one poll of one source may take, retries included; a poll still running then is cancelled and
    /// recorded as that source's error.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:30:00")]
    public TimeSpan PollTimeout { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// A failing source waits its interval doubled for each failure in a row, up to this (never less than its
    /// interval), so slow and broken sites take few poll workers.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "7.00:00:00")]
    public TimeSpan MaxFailedPollDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Workers for extraction and notices (mostly waiting on the network).</summary>
    [Range(0, 64)]
    public int PipelineWorkers { get; set; } = 4;

    /// <summary>Workers for speech (CPU bound: one per core at most). Any queue's workers may be 0 in a process.</summary>
    [Range(0, 64)]
    public int SpeechWorkers { get; set; } = Math.Max(1, Environment.ProcessorCount / 2);

    /// <summary>Web articles younger than this are checked again on each poll (conditional GET), so edits reach the feed.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "30.00:00:00")]
    public TimeSpan RecheckWindow { get; set; } = TimeSpan.FromDays(1);

    /// <summary>An article that failed this many times is left alone until it changes.</summary>
    [Range(1, 100)]
    public int MaxArticleAttempts { get; set; } = 5;

    /// <summary>
    /// Speech attempts an article may start before it is marked failed. Counted on the article before each attempt,
    /// because an attempt that kills its process (and the worker with it) is never counted by Hangfire as a retry.
    /// </summary>
    [Range(1, 100)]
    public int MaxSpeechAttempts { get; set; } = 3;
}
