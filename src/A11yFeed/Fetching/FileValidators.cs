using System.Globalization;

namespace A11yFeed.Fetching;

/// <summary>
/// A local file's validators, from its write time and length: what the loader records when it reads the file and
/// what a folder poll compares, so an unchanged file is neither read nor queued again.
/// </summary>
public static class FileValidators
{
    public static FetchValidators For(FileInfo file) => new(
        string.Create(CultureInfo.InvariantCulture, $"\"{file.LastWriteTimeUtc.Ticks:x}-{file.Length:x}\""),
        new DateTimeOffset(file.LastWriteTimeUtc, TimeSpan.Zero));
}
