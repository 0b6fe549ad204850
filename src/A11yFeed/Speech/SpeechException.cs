namespace A11yFeed.Speech;

/// <summary>Text could not be turned into speech: nothing to speak, an engine missing, failing or too slow.</summary>
public sealed class SpeechException(string message, Exception? inner = null) : Exception(message, inner);
