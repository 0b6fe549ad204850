namespace A11yFeed.Speech;

/// <summary>Text to speak, in order, with a pause between paragraphs.</summary>
public sealed record SpeechRequest(
    IReadOnlyList<string> Paragraphs,
    string Language,
    string? Voice,
    double Rate);
