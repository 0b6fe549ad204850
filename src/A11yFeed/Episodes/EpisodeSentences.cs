using A11yFeed.Model;
using A11yFeed.Speech;
using A11yFeed.Text;

namespace A11yFeed.Episodes;

/// <summary>
/// Cuts an episode's opening and paragraphs into sentences and prepares each for the engine. In a Chinese article
/// a sentence with no Chinese characters in it (a quoted English name or slogan) is spoken by the English voice,
/// which says it far better than a Mandarin voice reading Latin letters.
/// </summary>
public static class EpisodeSentences
{
    public static IReadOnlyList<EpisodeSentence> Build(EpisodeScript script, ISpeechEngine engine, SpeechTextPreparer preparer, int maxChars)
    {
        var lexicon = script.Voice.Lexicon.Count == 0 ? PronunciationLexicon.Empty : new PronunciationLexicon(script.Voice.Lexicon);
        var isChinese = LanguageTag.IsChinese(script.Language);
        var sentences = new List<EpisodeSentence>();
        void Add(int paragraph, string text)
        {
            foreach (var sentence in SentenceSplitter.Split(text, maxChars))
            {
                var english = isChinese && IsEnglishOnly(sentence);
                var language = english ? "en" : script.Language;
                var spoken = preparer.Prepare(sentence, language, engine.InputFormFor(language), lexicon);
                if (!string.IsNullOrWhiteSpace(spoken))
                {
                    sentences.Add(new EpisodeSentence(paragraph, sentence, spoken, language, english ? null : script.Voice.Voice));
                }
            }
        }

        foreach (var line in EpisodeOpening.Build(script))
        {
            Add(-1, line);
        }

        for (var p = 0; p < script.Paragraphs.Count; p++)
        {
            if (!string.IsNullOrWhiteSpace(script.Paragraphs[p]))
            {
                Add(p, script.Paragraphs[p]);
            }
        }

        return sentences;
    }

    /// <summary>Latin words and no Han characters: numbers and punctuation alone stay with the article's voice.</summary>
    private static bool IsEnglishOnly(string sentence) =>
        !HanScript.Contains(sentence) && sentence.Count(char.IsAsciiLetter) >= 2;
}
