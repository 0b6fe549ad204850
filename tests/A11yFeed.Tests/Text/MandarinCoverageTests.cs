using System.Text;
using System.Text.Json;
using A11yFeed.Extraction;
using A11yFeed.Model;
using A11yFeed.Text;
using Xunit.Abstractions;

namespace A11yFeed.Tests.Text;

/// <summary>
/// Every sentence of the seed article and of the Chinese corpus pages (read in place from ../shared) must come out as
/// valid numbered pinyin with no Chinese character left, and espeak-ng's pinyin voice must read it without falling
/// back to English.
/// </summary>
public class MandarinCoverageTests(ITestOutputHelper output)
{
    private static readonly SpeechTextPreparer Preparer = new();

    [SharedFact]
    public void Prepare_SeedAndCorpus_LeaveNoChineseAndOnlyValidSyllables()
    {
        var texts = new List<(string Name, string Text)> { ("seed", SeedText()) };
        using (var truth = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Shared, "corpus", "zh-content", "ground-truth.json"))))
        {
            texts.AddRange(truth.RootElement.EnumerateObject().Select(page => (page.Name, page.Value.GetProperty("articleBody").GetString() ?? "")));
        }

        int sentences = 0, syllables = 0, words = 0, letters = 0, unknown = 0;
        var problems = new List<string>();
        foreach (var (name, text) in texts)
        {
            foreach (var sentence in text.Split('\n').SelectMany(p => SentenceSplitter.Split(p)))
            {
                var reading = Preparer.ReadMandarin(sentence, PronunciationLexicon.Empty);
                sentences++;
                syllables += reading.Syllables;
                words += reading.Words;
                letters += reading.SpeltLetters;
                unknown += reading.UnknownCharacters;
                var pinyin = reading.Pinyin;
                var bad = pinyin.Length == 0 ? null : pinyin.Split(' ').FirstOrDefault(t => !PinyinSyllables.IsValid(t));
                if (bad is not null || pinyin.EnumerateRunes().Any(HanScript.IsHan))
                {
                    problems.Add($"{name}: [{bad}] {sentence} => {pinyin}");
                }
            }
        }

        output.WriteLine($"{texts.Count} texts, {sentences} sentences, {syllables} syllables, {words} dictionary words, {letters} spelt Latin letters, {unknown} characters without a reading");
        problems.ForEach(output.WriteLine);
        Assert.Empty(problems);
        Assert.True(texts.Count > 30);
    }

    [SharedFact]
    public async Task Prepare_SeedPinyin_IsReadByEspeakWithoutSwitchingToEnglish()
    {
        var pinyin = string.Join('\n', SeedText().Split('\n').SelectMany(p => SentenceSplitter.Split(p))
            .Select(s => Preparer.Prepare(s, "zh-CN", SpokenForm.Pinyin, PronunciationLexicon.Empty)).Where(p => p.Length > 0));
        var start = new System.Diagnostics.ProcessStartInfo("espeak-ng", ["-v", "cmn-latn-pinyin", "-q", "-x", "--stdin"])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            StandardInputEncoding = new UTF8Encoding(false),
        };
        using var espeak = System.Diagnostics.Process.Start(start)!;
        var phonemes = espeak.StandardOutput.ReadToEndAsync();
        await espeak.StandardInput.WriteAsync(pinyin);
        espeak.StandardInput.Close();
        await espeak.WaitForExitAsync();

        var text = await phonemes;
        output.WriteLine($"{pinyin.Split([' ', '\n']).Length} syllables in, {text.Length} phoneme characters out");
        Assert.Equal(0, espeak.ExitCode);
        Assert.True(text.Length > pinyin.Length / 2, "espeak-ng produced no phonemes");
        Assert.DoesNotContain("(en)", text, StringComparison.Ordinal);
    }

    private static string SeedText()
    {
        var article = new ArticleExtractor().Extract(File.ReadAllText(RepositoryPaths.Seed), new Uri("http://www.panzhihua.gov.cn/seed"), "text/plain").Article!;
        return string.Join('\n', [article.Title, .. article.Paragraphs]);
    }
}
