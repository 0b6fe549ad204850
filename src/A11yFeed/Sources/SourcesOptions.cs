using System.ComponentModel.DataAnnotations;

namespace A11yFeed.Sources;

public sealed class SourcesOptions
{
    public const string Section = "Sources";

    /// <summary>Folder holding one JSON file per source; relative paths resolve against the current directory.</summary>
    [Required]
    public string Directory { get; set; } = "feeds";
}
