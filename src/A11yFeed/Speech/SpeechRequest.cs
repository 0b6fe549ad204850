namespace A11yFeed.Speech;

/// <summary>One sentence to speak.</summary>
/// <param name="Text">The engine's input, prepared by the text front end in the engine's input form.</param>
/// <param name="Language">BCP 47 language of the sentence, e.g. "zh-CN" or "en".</param>
/// <param name="Voice">An engine-specific voice name, or null for the engine's voice for the language.</param>
/// <param name="Rate">Speaking rate relative to the engine's normal rate (1.0); sources default to 0.9.</param>
public sealed record SpeechRequest(string Text, string Language, string? Voice, double Rate);
