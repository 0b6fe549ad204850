namespace A11yFeed.Episodes;

/// <summary>One sentence of an episode as shown (<paramref name="Text"/>) and as the engine is given it (<paramref name="Spoken"/>).</summary>
/// <param name="Paragraph">Index into the script's paragraphs, or -1 for the spoken opening.</param>
/// <param name="Language">The language it is spoken in: the article's, or English for an English sentence in a Chinese article.</param>
/// <param name="Voice">The source's voice for the article's language, or null for the engine's choice.</param>
public sealed record EpisodeSentence(int Paragraph, string Text, string Spoken, string Language, string? Voice);
