using System.Diagnostics;
using A11yFeed.Model;

namespace A11yFeed.Tests.Web.Browser;

/// <summary>
/// A real MP3 for read-along tests: espeak-ng speaks each sentence to WAV, the PCM is joined with a short pause
/// between sentences, and lame encodes it. The timings are where each sentence's samples sit in the joined audio.
/// </summary>
internal static class SpokenEpisode
{
    private const int PauseMs = 300;

    public static async Task<IReadOnlyList<SentenceTiming>> MakeAsync(
        string mp3Path, string voice, IReadOnlyList<(int Paragraph, string Text)> sentences)
    {
        var folder = Path.GetDirectoryName(mp3Path)!;
        Directory.CreateDirectory(folder);
        var pcm = new MemoryStream();
        var timings = new List<SentenceTiming>();
        var rate = 0;
        for (var i = 0; i < sentences.Count; i++)
        {
            var wav = Path.Combine(folder, $"sentence-{i}.wav");
            await RunAsync("espeak-ng", ["-v", voice, "-s", "170", "-w", wav, sentences[i].Text]);
            var (sampleRate, data) = ReadPcm(await File.ReadAllBytesAsync(wav));
            rate = sampleRate;
            var start = pcm.Length * 1000 / (rate * 2);
            pcm.Write(data);
            timings.Add(new SentenceTiming(sentences[i].Paragraph, start, pcm.Length * 1000 / (rate * 2), sentences[i].Text));
            pcm.Write(new byte[rate * 2 * PauseMs / 1000]);
            File.Delete(wav);
        }

        var joined = Path.Combine(folder, "joined.wav");
        await File.WriteAllBytesAsync(joined, Wav(rate, pcm.ToArray()));
        await RunAsync("lame", ["--quiet", "-b", "48", "-m", "m", joined, mp3Path]);
        File.Delete(joined);
        return timings;
    }

    /// <summary>The sample rate and the 16-bit mono samples of a WAV file, found by walking its chunks.</summary>
    private static (int Rate, byte[] Data) ReadPcm(byte[] wav)
    {
        var rate = BitConverter.ToInt32(wav, 24);
        var at = 12;
        while (at + 8 <= wav.Length)
        {
            var id = System.Text.Encoding.ASCII.GetString(wav, at, 4);
            var size = BitConverter.ToInt32(wav, at + 4);
            if (id == "data")
            {
                var length = size <= 0 || at + 8 + size > wav.Length ? wav.Length - at - 8 : size;
                return (rate, wav[(at + 8)..(at + 8 + length)]);
            }

            at += 8 + size;
        }

        throw new InvalidDataException("espeak-ng wrote a WAV file without a data chunk");
    }

    private static byte[] Wav(int rate, byte[] data)
    {
        using var stream = new MemoryStream();
        using var writer = new BinaryWriter(stream);
        writer.Write("RIFF"u8);
        writer.Write(36 + data.Length);
        writer.Write("WAVEfmt "u8);
        writer.Write(16);
        writer.Write((short)1);
        writer.Write((short)1);
        writer.Write(rate);
        writer.Write(rate * 2);
        writer.Write((short)2);
        writer.Write((short)16);
        writer.Write("data"u8);
        writer.Write(data.Length);
        writer.Write(data);
        writer.Flush();
        return stream.ToArray();
    }

    private static async Task RunAsync(string program, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{program} failed: {await error}");
    }
}
