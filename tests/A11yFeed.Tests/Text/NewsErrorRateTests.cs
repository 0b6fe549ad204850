using A11yFeed.Model;
using A11yFeed.Text;
using Xunit.Abstractions;

namespace A11yFeed.Tests.Text;

/// <summary>
/// Wrong syllables per 1,000 Hanzi on the project's own hand-labelled news-style sentences
/// (Fixtures/Text/news-labelled.tsv); the target for news text is at most 1.5.
/// </summary>
public class NewsErrorRateTests(ITestOutputHelper output)
{
    private static readonly string SetPath = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Text", "news-labelled.tsv");

    [Fact]
    public void Prepare_MakesAtMostOneAndAHalfErrorsPerThousandHanzi()
    {
        var preparer = new SpeechTextPreparer();
        var rows = File.ReadLines(SetPath).Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t')).ToList();
        int hanzi = 0, wrong = 0;
        var failures = new List<string>();
        foreach (var fields in rows)
        {
            Assert.Equal(2, fields.Length);
            var expected = fields[1].Split(' ');
            var said = preparer.Prepare(fields[0], "zh-CN", SpokenForm.Pinyin, PronunciationLexicon.Empty).Split(' ');
            hanzi += HanScript.Count(fields[0]);

            // A syllable too many or too few counts every syllable from there on as wrong.
            var errors = Math.Abs(expected.Length - said.Length) + expected.Zip(said).Count(p => p.First != p.Second);
            wrong += errors;
            if (errors > 0)
            {
                failures.Add($"{fields[0]}  expected [{fields[1]}]  got [{string.Join(' ', said)}]");
            }
        }

        var perThousand = 1000.0 * wrong / hanzi;
        output.WriteLine($"{rows.Count} sentences, {hanzi} Hanzi, {wrong} wrong syllables: {perThousand:F1} per 1,000 Hanzi");
        failures.ForEach(output.WriteLine);
        Assert.True(hanzi >= 300, $"only {hanzi} Hanzi");
        Assert.True(perThousand <= 1.5, $"{perThousand:F1} wrong syllables per 1,000 Hanzi:\n{string.Join('\n', failures)}");
    }
}
