using System.Text.RegularExpressions;

namespace A11yFeed.Audio;

/// <summary>One chapter of an MP3: an ASCII element id unique in the file, its title, and where it plays in milliseconds.</summary>
public sealed partial record Mp3Chapter
{
    public Mp3Chapter(string id, string title, long startMs, long endMs)
    {
        if (!IdPattern().IsMatch(id))
        {
            throw new ArgumentException($"Chapter id '{id}' must be 1-32 ASCII letters, digits or dashes.", nameof(id));
        }

        if (startMs < 0 || endMs < startMs || endMs > uint.MaxValue - 1)
        {
            throw new ArgumentOutOfRangeException(nameof(endMs), $"Chapter {id} runs from {startMs} to {endMs} ms.");
        }

        (Id, Title, StartMs, EndMs) = (id, title, startMs, endMs);
    }

    public string Id { get; }
    public string Title { get; }
    public long StartMs { get; }
    public long EndMs { get; }

    [GeneratedRegex("^[A-Za-z0-9-]{1,32}$")]
    private static partial Regex IdPattern();
}
