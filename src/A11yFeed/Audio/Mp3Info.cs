namespace A11yFeed.Audio;

/// <summary>Facts read from an MP3 file's frames; <see cref="Duration"/> excludes the encoder's delay and padding.</summary>
public sealed record Mp3Info(TimeSpan Duration, long Bytes, int SampleRate, int Channels, int BitrateKbps);
