using System.Text;
using CliWrap;

namespace A11yFeed.Tools;

/// <summary>Keeps only the end of what a tool prints on standard error: that is where it says why it failed.</summary>
internal sealed class StandardErrorTail : PipeTarget
{
    private const int TailChars = 4000;
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
    private readonly StringBuilder _tail = new();

    public string Text
    {
        get
        {
            lock (_tail)
            {
                var start = Math.Max(0, _tail.Length - TailChars);
                return _tail.ToString(start, _tail.Length - start).Trim();
            }
        }
    }

    public override async Task CopyFromAsync(Stream origin, CancellationToken cancellationToken = default)
    {
        using var reader = new StreamReader(origin, Utf8, detectEncodingFromByteOrderMarks: false, leaveOpen: true);
        var buffer = new char[1024];
        int read;
        while ((read = await reader.ReadAsync(buffer, cancellationToken)) > 0)
        {
            lock (_tail)
            {
                // A tool that prints without end must not fill memory.
                _tail.Append(buffer, 0, read);
                if (_tail.Length > TailChars * 2)
                {
                    _tail.Remove(0, _tail.Length - TailChars);
                }
            }
        }
    }
}
