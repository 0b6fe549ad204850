using System.ComponentModel.DataAnnotations;

namespace A11yFeed.Storage;

public sealed class StorageOptions : IValidatableObject
{
    public const string Section = "Storage";

    public const string Sqlite = "Sqlite";
    public const string Postgres = "Postgres";

    /// <summary>Folder for the database and job files (with SQLite), the audio files (with local media) and the work folders.</summary>
    [Required]
    public string DataDirectory { get; set; } = "data";

    /// <summary>
    /// "Sqlite" (the embedded default: one process, files in <see cref="DataDirectory"/>) or "Postgres" (articles and
    /// jobs on PostgreSQL, so several processes on several machines share them).
    /// </summary>
    [Required]
    [RegularExpression("^(?i:sqlite|postgres)$", ErrorMessage = "Storage:Provider must be Sqlite or Postgres.")]
    public string Provider { get; set; } = Sqlite;

    /// <summary>
    /// The article database. With SQLite, optional (overrides the file in <see cref="DataDirectory"/>); with PostgreSQL,
    /// required (an Npgsql connection string; give the password through the environment, never a settings file).
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>The job database (Hangfire); with PostgreSQL it may name the same database, and defaults to it.</summary>
    public string? JobsConnectionString { get; set; }

    public bool IsPostgres => string.Equals(Provider, Postgres, StringComparison.OrdinalIgnoreCase);

    public string MediaDirectory => Path.Combine(DataDirectory, "media");
    public string DatabasePath => Path.Combine(DataDirectory, "a11yfeed.db");
    public string JobsDatabasePath => Path.Combine(DataDirectory, "jobs.db");

    /// <summary>The article database's connection string with SQLite.</summary>
    public string SqliteConnectionString => ConnectionString ?? $"Data Source={DatabasePath}";

    /// <summary>The job database's connection string with PostgreSQL.</summary>
    public string PostgresJobsConnectionString => JobsConnectionString ?? ConnectionString ?? "";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (IsPostgres && string.IsNullOrWhiteSpace(ConnectionString))
        {
            yield return new ValidationResult(
                "Storage:ConnectionString is required when Storage:Provider is Postgres (for example Host=db;Database=a11yfeed;Username=a11yfeed, with the password in the environment as Storage__ConnectionString or PGPASSWORD).",
                [nameof(ConnectionString)]);
        }

        if (!IsPostgres && JobsConnectionString is not null)
        {
            yield return new ValidationResult(
                "Storage:JobsConnectionString applies only to Storage:Provider=Postgres; with Sqlite the jobs live in jobs.db in Storage:DataDirectory.",
                [nameof(JobsConnectionString)]);
        }
    }
}
