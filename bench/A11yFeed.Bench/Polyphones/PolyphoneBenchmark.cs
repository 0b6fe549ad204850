using A11yFeed.Model;
using A11yFeed.Text;

namespace A11yFeed.Bench.Polyphones;

/// <summary>Scores the Mandarin reading on the labelled polyphone sentences (../shared/polyphones/README.md).</summary>
internal static class PolyphoneBenchmark
{
    public const string Notes = "Scored as ../shared/polyphones/README.md describes: each run of non-Hanzi replaced by a comma, the sentence " +
        "read as one line by `SpeechTextPreparer`, the syllable at the marked character compared with the label (ü as v), a third tone " +
        "read as a second before another third accepted, and 一 and 不 in any tone. A sentence whose syllables no longer line up with " +
        "its Hanzi counts as wrong.";

    /// <summary>The scores; with <paramref name="errors"/>, each sentence the last reading got wrong is written there (label, said, sentence).</summary>
    public static List<PolyphoneScore> Run(List<PolyphoneSentence> sentences, TextWriter log, TextWriter? errors)
    {
        var preparer = new SpeechTextPreparer();
        var shipped = Score("reading as shipped", sentences, s => preparer.Prepare(s.Text, "zh-CN", SpokenForm.Pinyin, PronunciationLexicon.Empty), log, errors);
        return [shipped];
    }

    private static PolyphoneScore Score(string name, IEnumerable<PolyphoneSentence> sentences, Func<PolyphoneSentence, string> read, TextWriter log, TextWriter? errors = null)
    {
        var score = new PolyphoneScore(name);
        foreach (var sentence in sentences)
        {
            var syllables = read(sentence).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var right = PolyphoneScorer.IsRight(syllables, HanScript.Count(sentence.Text), sentence);
            score.Add(sentence.Character, right);
            if (!right && errors is not null)
            {
                var said = sentence.HanziIndex < syllables.Length ? syllables[sentence.HanziIndex] : "?";
                errors.WriteLine($"{sentence.Character}\t{sentence.Label}\t{said}\t{sentence.Text}");
            }
        }

        log.WriteLine($"{name}: {score.Right}/{score.Total} ({score.Accuracy:P2})");
        return score;
    }
}
