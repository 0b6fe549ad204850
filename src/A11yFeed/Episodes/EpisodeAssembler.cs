using A11yFeed.Audio;
using A11yFeed.Speech;
using Microsoft.Extensions.Options;

namespace A11yFeed.Episodes;

/// <summary>
/// Speaks an episode's sentences a few at a time and writes them, in order, into one WAV with a short pause
/// between sentences and a longer one between paragraphs. Each sentence's leading and trailing silence is cut
/// first, so the recorded start is where its speech starts and the end where it stops. Only the sentences in
/// flight are held in memory; the episode itself goes straight to disk.
/// </summary>
public sealed class EpisodeAssembler(SpeechCache cache, IOptions<SpeechOptions> speechOptions)
{
    private readonly SpeechOptions _options = speechOptions.Value;

    /// <summary>Quieter than this (about −54 dBFS) counts as silence when trimming a sentence.</summary>
    private const double SilenceLevel = 0.002;

    /// <summary>Kept either side of the speech, so soft onsets and endings are not clipped.</summary>
    private static readonly TimeSpan Margin = TimeSpan.FromMilliseconds(10);

    /// <exception cref="SpeechException">The engine failed, or its sentences disagree on the sample rate.</exception>
    public async Task<AssembledSpeech> AssembleAsync(
        ISpeechEngine engine, IReadOnlyList<EpisodeSentence> sentences, double rate, string wavePath, string scratchFolder, CancellationToken cancellationToken)
    {
        var concurrency = _options.EffectiveConcurrency;
        using var slots = new SemaphoreSlim(concurrency);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var inFlight = new Queue<Task<(WaveFormat Format, double[] Samples)>>();
        var placed = new List<PlacedSentence>(sentences.Count);
        WaveFileWriter? writer = null;
        var next = 0;
        try
        {
            for (var i = 0; i < sentences.Count; i++)
            {
                while (next < sentences.Count && inFlight.Count < concurrency * 2)
                {
                    var sentence = sentences[next];
                    var scratch = Path.Combine(scratchFolder, $"sentence-{next}.wav");
                    inFlight.Enqueue(Task.Run(() => SpeakAsync(engine, sentence, rate, scratch, slots, stop.Token), stop.Token));
                    next++;
                }

                var (format, samples) = await inFlight.Dequeue();
                writer ??= new WaveFileWriter(wavePath, format);
                if (format != writer.Format)
                {
                    throw new SpeechException($"The engine spoke one sentence as {format} and another as {writer.Format}.");
                }

                if (i > 0)
                {
                    writer.AppendSilence(sentences[i].Paragraph == sentences[i - 1].Paragraph ? _options.SentencePause : _options.ParagraphPause);
                }

                var start = writer.SampleCount;
                writer.AppendSamples(samples);
                placed.Add(new PlacedSentence(sentences[i], start, writer.SampleCount));
            }

            if (writer is null)
            {
                throw new SpeechException("There is no text to speak.");
            }

            writer.Complete();
            return new AssembledSpeech(writer.Format, placed);
        }
        catch
        {
            // Stop the sentences still being spoken and wait for them, so no engine writes into a folder being removed.
            await stop.CancelAsync();
            await Task.WhenAll(inFlight).ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
            throw;
        }
        finally
        {
            writer?.Dispose();
        }
    }

    private async Task<(WaveFormat, double[])> SpeakAsync(
        ISpeechEngine engine, EpisodeSentence sentence, double rate, string scratch, SemaphoreSlim slots, CancellationToken cancellationToken)
    {
        var request = new SpeechRequest(sentence.Spoken, sentence.Language, sentence.Voice, rate);
        for (var attempt = 0; ; attempt++)
        {
            await slots.WaitAsync(cancellationToken);
            string path;
            try
            {
                path = await cache.SpeakAsync(engine, request, scratch, cancellationToken);
            }
            finally
            {
                slots.Release();
            }

            try
            {
                var (format, samples) = WaveSampleReader.ReadAll(path);
                return (format, Trim(samples, format.SampleRate));
            }
            catch (FileNotFoundException) when (attempt == 0 && cache.Owns(path))
            {
                // The cache was trimmed between finding the entry and reading it: speak it again.
            }
            catch (InvalidDataException ex)
            {
                throw new SpeechException($"{engine.Name} wrote audio that could not be read: {ex.Message}", ex);
            }
            finally
            {
                if (!cache.Owns(path) && File.Exists(path))
                {
                    File.Delete(path);
                }
            }
        }
    }

    /// <summary>The samples from just before the first sound to just after the last; nothing for pure silence.</summary>
    public static double[] Trim(double[] samples, int sampleRate)
    {
        var first = Array.FindIndex(samples, s => Math.Abs(s) > SilenceLevel);
        if (first < 0)
        {
            return [];
        }

        var last = Array.FindLastIndex(samples, s => Math.Abs(s) > SilenceLevel);
        var margin = (int)(Margin.TotalSeconds * sampleRate);
        var start = Math.Max(0, first - margin);
        var end = Math.Min(samples.Length, last + 1 + margin);
        return samples[start..end];
    }
}

/// <summary>A sentence's place in the assembled WAV, in samples.</summary>
public sealed record PlacedSentence(EpisodeSentence Sentence, long StartSample, long EndSample);

/// <summary>The assembled WAV's format and where each sentence lies in it.</summary>
public sealed record AssembledSpeech(WaveFormat Format, IReadOnlyList<PlacedSentence> Sentences);
