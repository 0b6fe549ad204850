using A11yFeed.Audio;
using A11yFeed.Speech;
using A11yFeed.Text;

namespace A11yFeed.Tests.Speech;

/// <summary>
/// An engine that "speaks" 100 ms of a quiet tone per sentence, or fails: fast stand-in for cache and memory tests.
/// <paramref name="spoken"/>, when given, is called after each sentence, so a test can look at the renderer midway.
/// </summary>
internal sealed class SilentEngine(bool fail = false, int milliseconds = 100, Action? spoken = null) : ISpeechEngine
{
    public string Name => "espeak-ng";
    public bool IsEnabled => true;
    public SpokenForm InputFormFor(string language) => SpokenForm.Text;

    public Task SynthesizeAsync(SpeechRequest request, string wavePath, CancellationToken cancellationToken)
    {
        if (fail)
        {
            throw new SpeechException("engine failed");
        }

        var samples = Enumerable.Range(0, 22050 * milliseconds / 1000).Select(i => 0.1 * Math.Sin(i * 0.3)).ToArray();
        using var writer = new WaveFileWriter(wavePath, new WaveFormat(22050, 1, 16));
        writer.AppendSamples(samples);
        writer.Complete();
        spoken?.Invoke();
        return Task.CompletedTask;
    }
}
