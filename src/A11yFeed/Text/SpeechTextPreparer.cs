namespace A11yFeed.Text;

/// <summary>
/// Turns one display sentence into exactly what a speech engine is given. Today this is the normalised text in
/// every form; the Mandarin front end (numbers read out, pinyin chosen per word) replaces it.
/// </summary>
public sealed class SpeechTextPreparer
{
    /// <summary>The engine input for <paramref name="sentence"/>; empty when nothing speakable remains.</summary>
    public string Prepare(string sentence, string language, SpokenForm form, PronunciationLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        return TextNormaliser.Normalise(sentence);
    }
}
