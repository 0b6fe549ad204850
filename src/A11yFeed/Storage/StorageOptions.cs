using System.ComponentModel.DataAnnotations;

namespace A11yFeed.Storage;

public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>Folder for the database (with SQLite) and the audio files.</summary>
    [Required]
    public string DataDirectory { get; set; } = "data";

    /// <summary>"Sqlite" (embedded default). The connection string below, when set, overrides the file in <see cref="DataDirectory"/>.</summary>
    [Required]
    [RegularExpression("^(?i:sqlite)$", ErrorMessage = "Storage:Provider must be Sqlite.")]
    public string Provider { get; set; } = "Sqlite";

    public string? ConnectionString { get; set; }

    public string MediaDirectory => Path.Combine(DataDirectory, "media");
    public string DatabasePath => Path.Combine(DataDirectory, "a11yfeed.db");
    public string JobsDatabasePath => Path.Combine(DataDirectory, "jobs.db");
}
