using A11yFeed.Fetching;

namespace A11yFeed.Sources;

/// <summary>
/// Finds article files in a local folder and its subfolders, newest first. An edited file keeps its URI,
/// so the pipeline sees it as the same article changed rather than a new one.
/// </summary>
public sealed class FolderSourceReader
{
    private static readonly string[] Extensions = [".html", ".htm", ".txt"];

    public SourceReadResult Read(SourceDefinition source)
    {
        var folder = new DirectoryInfo(source.Location);
        if (!folder.Exists)
        {
            throw new FetchException($"source '{source.Id}': folder {source.Location} does not exist", isTransient: false);
        }

        var items = folder
            .EnumerateFiles("*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
            .Where(file => Extensions.Contains(file.Extension, StringComparer.OrdinalIgnoreCase)
                && !file.Name.StartsWith('.'))
            .OrderByDescending(file => file.LastWriteTimeUtc)
            .ThenBy(file => file.FullName, StringComparer.Ordinal)
            .Select(file => new DiscoveredItem(new Uri(file.FullName), ETag: FileValidators.For(file).ETag))
            .ToList();

        // A folder has no "not modified" answer as a whole: each file carries its own validators, which the poll
        // compares with what the file was last read with.
        return new SourceReadResult(items, false, FetchValidators.None);
    }
}
