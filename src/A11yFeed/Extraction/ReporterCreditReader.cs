using System.Text.RegularExpressions;

namespace A11yFeed.Extraction;

/// <summary>
/// Chinese papers credit the reporter at the end of the story: "(记者 吴禹涵)", "（本报记者 张三 李四）".
/// The credit stays in the body (it is part of what was printed) and also names the author.
/// </summary>
internal static partial class ReporterCreditReader
{
    public static string? TryReadAuthor(IReadOnlyList<string> paragraphs)
    {
        for (var i = paragraphs.Count - 1; i >= 0 && i >= paragraphs.Count - 2; i--)
        {
            var match = Credit().Match(paragraphs[i]);
            if (match.Success)
            {
                var names = match.Groups["names"].Value.Trim();
                return names.Length == 0 ? null : names;
            }
        }

        return null;
    }

    public static bool IsCredit(string paragraph) => Credit().IsMatch(paragraph);

    [GeneratedRegex(@"[(（](?:本报|特约|实习)?(?:记者|通讯员|撰稿|文)[\s/:：]*(?<names>[^()（）]{1,40})(?<!摄)[)）]$")]
    private static partial Regex Credit();
}
