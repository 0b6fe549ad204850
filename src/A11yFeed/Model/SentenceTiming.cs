namespace A11yFeed.Model;

/// <summary>
/// One spoken sentence and when it plays in its episode's MP3, in milliseconds from the start of the decoded audio.
/// </summary>
/// <param name="Paragraph">
/// Index into the article's paragraphs (as <c>ArticleText.Paragraphs(article.Text)</c> returns them), or -1 for the
/// spoken opening (title, source and date) that is not part of the article text.
/// </param>
/// <param name="StartMs">When the sentence starts playing.</param>
/// <param name="EndMs">When its speech ends (before any pause that follows).</param>
/// <param name="Text">The sentence as readers see it: the original text, never the engine's input such as pinyin.</param>
public sealed record SentenceTiming(int Paragraph, long StartMs, long EndMs, string Text);
