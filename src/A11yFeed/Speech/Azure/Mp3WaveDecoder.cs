using System.Buffers.Binary;
using A11yFeed.Audio;
using NLayer;

namespace A11yFeed.Speech.Azure;

/// <summary>
/// Decodes an MP3 answer to a 16-bit mono PCM WAV file with a managed decoder, so no external tool is needed on
/// hosts that only speak through the cloud. Stereo is averaged to mono.
/// </summary>
internal static class Mp3WaveDecoder
{
    private const int HeaderBytes = 44;

    /// <exception cref="InvalidDataException">The bytes are not MP3 audio.</exception>
    public static void Decode(byte[] mp3, string wavePath)
    {
        if (!LooksLikeMp3(mp3))
        {
            throw new InvalidDataException("The answer is not MP3 audio.");
        }

        MpegFile mpeg;
        try
        {
            mpeg = new MpegFile(new MemoryStream(mp3, writable: false));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw new InvalidDataException("The MP3 answer could not be decoded.", ex);
        }

        using (mpeg)
        using (var file = new FileStream(wavePath, FileMode.Create, FileAccess.Write, FileShare.None, 81920))
        {
            var channels = mpeg.Channels;
            var sampleRate = mpeg.SampleRate;
            if (channels is < 1 or > 2 || sampleRate < 8000)
            {
                throw new InvalidDataException($"The MP3 answer has an unusable format ({channels} channels at {sampleRate} Hz).");
            }

            file.Write(new byte[HeaderBytes]);
            var samples = new float[4096 * channels];
            var pcm = new byte[4096 * 2];
            long dataBytes = 0;
            int read;
            while ((read = mpeg.ReadSamples(samples, 0, samples.Length)) > 0)
            {
                var frames = read / channels;
                for (var i = 0; i < frames; i++)
                {
                    var sum = 0f;
                    for (var c = 0; c < channels; c++)
                    {
                        sum += samples[i * channels + c];
                    }

                    var value = Math.Clamp(sum / channels, -1f, 1f);
                    BinaryPrimitives.WriteInt16LittleEndian(pcm.AsSpan(i * 2), (short)Math.Round(value * short.MaxValue));
                }

                file.Write(pcm, 0, frames * 2);
                dataBytes += frames * 2;
            }

            if (dataBytes == 0)
            {
                throw new InvalidDataException("The MP3 answer holds no audio.");
            }

            file.Position = 0;
            file.Write(WaveFileWriter.Header(new WaveFormat(sampleRate, 1, 16), dataBytes));
        }
    }

    private static bool LooksLikeMp3(byte[] data) =>
        data.Length > 4 && (data.AsSpan(0, 3).SequenceEqual("ID3"u8) || (data[0] == 0xFF && (data[1] & 0xE0) == 0xE0));
}
