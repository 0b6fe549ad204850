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
                var place = names.LastIndexOf(' ');
                names = names.EndsWith("报道", StringComparison.Ordinal) && place > 0 ? names[..place].Trim() : names;
                return names.Length == 0 ? null : names;
            }
        }

        return null;
    }

    public static bool IsCredit(string paragraph) => Credit().IsMatch(paragraph);

    /// <summary>
    /// Reporter lines under the headline ("本报记者 王青 李禾", "通讯员 周海"): metadata, not story. Removes them
    /// from the story's opening lines and returns the names of all of them, in order, or null when there are none.
    /// </summary>
    public static string? TakeOpeningCredits(List<string> paragraphs)
    {
        var names = new List<string>();
        for (var i = 0; i < Math.Min(paragraphs.Count, MaxOpeningCreditLine); i++)
        {
            var match = OpeningCredit().Match(paragraphs[i]);
            if (match.Success)
            {
                names.Add(match.Groups["names"].Value.Trim());
                paragraphs.RemoveAt(i--);
            }
        }

        return names.Count == 0 ? null : string.Join(' ', names);
    }

    private const int MaxOpeningCreditLine = 6;

    [GeneratedRegex(@"^[□■\s]*(?:本报|本刊|本台|特约|首席)?(?:记者|通讯员|实习生|实习记者)(?:\s*[:：]\s*|\s+)(?<names>\p{IsCJKUnifiedIdeographs}{2,4}(?:[\s、]+\p{IsCJKUnifiedIdeographs}{2,4}){0,5})$")]
    private static partial Regex OpeningCredit();

    // "(记者 吴禹涵)", "（总台记者 张倩）", a bare "（袁源）" or "（姚峰 上海报道）", and a closing "□ 本报记者 葛灵丹" line.
    [GeneratedRegex(@"[(（](?:[^()（）\s]{0,4}(?:记者|通讯员|撰稿|文)[\s/:：]*(?<names>[^()（）]{1,40})|\s*(?!(?:未完)?待续|全文完|图片|组图|原标题)(?<names>\p{IsCJKUnifiedIdeographs}{2,4}(?:[\s、]+\p{IsCJKUnifiedIdeographs}{2,4}){0,5})(?:\s+\p{IsCJKUnifiedIdeographs}{2,4}报道)?\s*)(?<!摄)[)）]$|^[□■\s]*(?:本报|特约|实习)?记者\s*(?<names>\p{IsCJKUnifiedIdeographs}{2,4}(?:[\s、]+\p{IsCJKUnifiedIdeographs}{2,4}){0,5})$")]
    private static partial Regex Credit();
}
