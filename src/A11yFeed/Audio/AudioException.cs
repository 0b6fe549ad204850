namespace A11yFeed.Audio;

/// <summary>Audio could not be encoded or read: the encoder failed or the file is not sound MPEG audio.</summary>
public sealed class AudioException(string message, Exception? inner = null) : Exception(message, inner);
