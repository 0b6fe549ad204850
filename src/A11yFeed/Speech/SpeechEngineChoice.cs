namespace A11yFeed.Speech;

/// <summary>The engine that speaks an article, and the source's voice name when it was meant for that engine.</summary>
public sealed record SpeechEngineChoice(ISpeechEngine Engine, string? Voice);
