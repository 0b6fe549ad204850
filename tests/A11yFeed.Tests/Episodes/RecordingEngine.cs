using System.Collections.Concurrent;
using A11yFeed.Speech;
using A11yFeed.Text;

namespace A11yFeed.Tests.Episodes;

/// <summary>Wraps a real engine and remembers every request it was given.</summary>
internal sealed class RecordingEngine(ISpeechEngine inner) : ISpeechEngine
{
    public ConcurrentQueue<SpeechRequest> Requests { get; } = new();

    public string Name => inner.Name;

    public bool IsEnabled => inner.IsEnabled;

    public SpokenForm InputFormFor(string language) => inner.InputFormFor(language);

    public Task SynthesizeAsync(SpeechRequest request, string wavePath, CancellationToken cancellationToken)
    {
        Requests.Enqueue(request);
        return inner.SynthesizeAsync(request, wavePath, cancellationToken);
    }
}
