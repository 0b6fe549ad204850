namespace A11yFeed.Audio;

/// <summary>Layout of PCM samples in a WAV file.</summary>
public sealed record WaveFormat(int SampleRate, int Channels, int BitsPerSample)
{
    public int BlockAlign => Channels * BitsPerSample / 8;

    public int BytesPerSecond => SampleRate * BlockAlign;

    public TimeSpan DurationOf(long dataBytes) =>
        TimeSpan.FromSeconds((double)(dataBytes / BlockAlign) / SampleRate);
}
