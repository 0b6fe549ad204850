namespace A11yFeed.Text;

/// <summary>
/// Readings of common polyphones that a one-character word leaves open, settled by the words around it: 以…为…
/// and 成为-like verbs (wei2) against 为了/为什么 (wei4); V得 complements (de5); adverb 地 (de5); 只 "only" (zhi3)
/// against 一只 (zhi1); V不了/V得了 (liao3); 应 "should" (ying1); aspect 着 (zhe5).
/// </summary>
internal static class PolyphoneRules
{
    // Verbs after which 为 means "as, into" (wei2): 称为, 改为, 被贬为, 选为.
    private const string BecomeVerbs = "成作称改变分视选评定译名列封任升贬降拜立追认划转更易推聘拟奉尊号谥任命";
    private const string Numerals = "一二两三四五六七八九十百千万几数半";

    public static string? Reading(string run, int index, IReadOnlyList<string> words, int wordIndex)
    {
        if (words[wordIndex].Length != 1)
        {
            return null;
        }

        var before = index > 0 ? run[index - 1] : '^';
        var after = index + 1 < run.Length ? run[index + 1] : '$';
        var previous = wordIndex > 0 ? words[wordIndex - 1] : "";
        return run[index] switch
        {
            '为' => For(run, index, before, after),
            '得' when after == '$' || before == '不' => null,
            '得' when previous.Length >= 1 && after is '很' or '多' or '更' or '太' or '非' or '十' or '好' or '快' or '慢' or '越' or '不' or '最' => "de5",
            '地' when previous.Length >= 2 && (previous[^1] == previous[^2] || previous[^1] is '然' or '断' or '速' or '步' or '力' or '意' or '心' or '细' or '真' or '好'
                || previous.StartsWith('不')) => "de5",
            '只' when Numerals.Contains(before, StringComparison.Ordinal) || before is '每' or '这' or '那' or '某' => "zhi1",
            '只' when Numerals.Contains(after, StringComparison.Ordinal) || after is '有' or '是' or '要' or '能' or '会' or '好' or '需' or '在' or '用' or '剩' or '留' or '想' or '限' or '差' or '得' or '占' => "zhi3",
            '了' when before is '不' or '得' && (after == '$' || after is '的' or '多' or '解') => "liao3",
            '应' when "响反适对回答供呼效感相照报顺".Contains(before, StringComparison.Ordinal) || "邀聘约战运急征用验".Contains(after, StringComparison.Ordinal) => null,
            '应' when after != '$' => "ying1",
            '着' when after is '了' or '急' => null,
            '着' when index > 0 => "zhe5",
            _ => null,
        };
    }

    private static string? For(string run, int index, char before, char after)
    {
        if (after is '了' or '何' || (after == '什' && index + 2 < run.Length && run[index + 2] == '么'))
        {
            return "wei4";
        }

        if (BecomeVerbs.Contains(before, StringComparison.Ordinal) || run.AsSpan(0, index).Contains('以') || Numerals.Contains(after, StringComparison.Ordinal))
        {
            return "wei2";
        }

        return null;
    }
}
