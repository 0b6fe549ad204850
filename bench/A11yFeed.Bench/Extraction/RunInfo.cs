using System.Runtime.InteropServices;

namespace A11yFeed.Bench.Extraction;

/// <summary>When, on what code and on what machine the numbers were taken.</summary>
internal sealed record RunInfo(string Date, string Commit, string Machine, string CorpusRoot)
{
    /// <summary>Date and commit come from the caller (the script passes `date -u` and `git rev-parse --short HEAD`).</summary>
    public static RunInfo From(string? date, string? commit, string corpusRoot) => new(
        date ?? TimeProvider.System.GetUtcNow().ToString("yyyy-MM-dd HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture),
        commit ?? "unknown",
        $"{RuntimeInformation.OSDescription.Trim()}, {RuntimeInformation.OSArchitecture}, {Environment.ProcessorCount} cores, .NET {Environment.Version}",
        corpusRoot);
}
