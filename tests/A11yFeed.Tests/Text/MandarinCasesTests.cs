using A11yFeed.Text;
using Xunit.Abstractions;

namespace A11yFeed.Tests.Text;

/// <summary>
/// Accuracy over the project's own list of news-style sentences (Fixtures/Text/mandarin-cases.tsv): each names the
/// reading of its key word (polyphones) or the spoken form of a number, date, unit or symbol.
/// </summary>
public class MandarinCasesTests(ITestOutputHelper output)
{
    private static readonly string CasesPath = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Text", "mandarin-cases.tsv");

    [Fact]
    public void Prepare_ReadsAtLeast95PercentOfTheCasesRight()
    {
        var preparer = new SpeechTextPreparer();
        var cases = File.ReadLines(CasesPath).Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t')).ToList();
        var failures = new List<string>();
        foreach (var fields in cases)
        {
            Assert.Equal(3, fields.Length);
            var form = fields[0] == "pinyin" ? SpokenForm.Pinyin : SpokenForm.Text;
            var prepared = preparer.Prepare(fields[1], "zh-CN", form, PronunciationLexicon.Empty);
            var found = form == SpokenForm.Pinyin
                ? $" {prepared} ".Contains($" {fields[2]} ", StringComparison.Ordinal)
                : prepared.Contains(fields[2], StringComparison.Ordinal);
            if (!found)
            {
                failures.Add($"{fields[1]}  expected [{fields[2]}]  got [{prepared}]");
            }
        }

        var accuracy = 1.0 - (double)failures.Count / cases.Count;
        output.WriteLine($"{cases.Count} cases, {cases.Count - failures.Count} right, accuracy {accuracy:P1}");
        failures.ForEach(output.WriteLine);
        Assert.True(cases.Count >= 150, $"only {cases.Count} cases");
        Assert.True(accuracy >= 0.95, $"accuracy {accuracy:P1}:\n{string.Join('\n', failures)}");
    }
}
