using System.Diagnostics;
using System.Globalization;
using A11yFeed.Bench.Speech;
using A11yFeed.Text;

namespace A11yFeed.Bench.Text;

/// <summary>
/// How long the Mandarin front end takes to turn a whole article into the numbered pinyin espeak-ng reads: every
/// sentence of the seed article's body (or the Chinese demo article without ../shared), after one warm-up
/// sentence that loads the dictionary. The target is well under a second for the article.
/// </summary>
internal static class TextPreparationBenchmark
{
    public static int Run(string root, int repetitions, TextWriter log)
    {
        var text = SpeechTexts.Load(root).First(t => t.Language != "en");
        var sentences = text.Paragraphs.SelectMany(p => SentenceSplitter.Split(p)).ToList();
        var preparer = new SpeechTextPreparer();
        preparer.Prepare("预热", text.Language, SpokenForm.Pinyin, PronunciationLexicon.Empty);

        var milliseconds = new List<double>();
        var syllables = 0;
        for (var i = 0; i < repetitions; i++)
        {
            var clock = Stopwatch.StartNew();
            syllables = sentences.Sum(s => preparer.Prepare(s, text.Language, SpokenForm.Pinyin, PronunciationLexicon.Empty).Split(' ').Length);
            milliseconds.Add(clock.Elapsed.TotalMilliseconds);
        }

        var sorted = milliseconds.Order().ToList();
        log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"text preparation, {text.Name} ({text.Origin}): {sentences.Count} sentences, {text.Characters} characters, {syllables} syllables; " +
            $"median {sorted[sorted.Count / 2]:0.0} ms, fastest {sorted[0]:0.0} ms, slowest {sorted[^1]:0.0} ms over {repetitions} runs"));
        return 0;
    }
}
