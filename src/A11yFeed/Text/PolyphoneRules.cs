namespace A11yFeed.Text;

/// <summary>
/// Readings of common polyphones that a one-character word leaves open, settled by the words around it: 以…为…
/// and 成为-like verbs (wei2) against 为了/为什么 (wei4); V得 complements (de5); adverb 地 (de5); 只 "only" (zhi3)
/// against 一只 (zhi1); V不了/V得了 (liao3); 应 "should" (ying1); aspect 着 (zhe5); 将 "will" split from a rank
/// word (按排上将, 前三名将); 啊 inside a name (a1).
/// </summary>
internal static class PolyphoneRules
{
    // Verbs after which 为 means "as, into" (wei2): 称为, 改为, 被贬为, 选为.
    private const string BecomeVerbs = "成作称改变分视选评定译名列封任升贬降拜立追认划转更易推聘拟奉尊号谥任命";
    private const string Numerals = "一二两三四五六七八九十百千万几数半";

    // After these a verb follows adverbial 地 (de5): 感慨万千地说, 积极地支持.
    private static readonly HashSet<string> VerbsAfterDe =
    [
        "说", "道", "说道", "表示", "指出", "支持", "推进", "推动", "发展", "完成", "开展", "落实", "解决", "提高", "参与", "服务",
        "保护", "实施", "笑", "看", "走", "回答", "告诉", "介绍", "工作", "学习", "生活", "融入", "投入", "应对", "做好", "看待",
    ];

    public static string? Reading(string run, int index, IReadOnlyList<string> words, int wordIndex)
    {
        if (words[wordIndex].Length != 1)
        {
            return InWord(run, index, words, wordIndex);
        }

        var before = index > 0 ? run[index - 1] : '^';
        var after = index + 1 < run.Length ? run[index + 1] : '$';
        var previous = wordIndex > 0 ? words[wordIndex - 1] : "";
        return run[index] switch
        {
            '为' => For(run, index, before, after),
            '得' when after == '$' || before == '不' => null,
            '得' when previous.Length >= 1 && IsComplementStart(after) => "de5",
            '得' when previous.Length >= 2 && after == '了' => "de5", // 解决得了: a potential complement, not 得了 de2 liao3
            '地' when previous.Length >= 2 && (previous[^1] == previous[^2] || previous[^1] is '然' or '断' or '速' or '步' or '力' or '意' or '心' or '细' or '真' or '好'
                || previous.StartsWith('不') || previous.Length == 4 || (wordIndex + 1 < words.Count && VerbsAfterDe.Contains(words[wordIndex + 1]))) => "de5",
            '於' => "yu2",
            '曝' when before == '自' => "bao4",
            '只' when Numerals.Contains(before, StringComparison.Ordinal) || before is '每' or '这' or '那' or '某' => "zhi1",
            '只' when Numerals.Contains(after, StringComparison.Ordinal) || after is '有' or '是' or '要' or '能' or '会' or '好' or '需' or '在' or '用' or '剩' or '留' or '想' or '限' or '差' or '得' or '占' => "zhi3",
            '了' when before is '不' or '得' && (after == '$' || after is '的' or '多' or '解') => "liao3",
            '应' when "响反适对回答供呼效感相照报顺".Contains(before, StringComparison.Ordinal) || "邀聘约战运急征用验".Contains(after, StringComparison.Ordinal) => null,
            '应' when after != '$' => "ying1",
            '着' when after is '了' or '急' => null,
            '着' when index > 0 => "zhe5",
            // The modal particle ends a clause (是啊，好啊); 啊 with more of the clause after it is a syllable of a
            // name, as in the Yi place names 啊喇乡, 啊嘎村.
            '啊' when after != '$' => "a1",
            _ => null,
        };
    }

    private static bool IsComplementStart(char after) =>
        after is '很' or '多' or '更' or '太' or '非' or '十' or '好' or '快' or '慢' or '越' or '不' or '最' or '像' or '那' or '这' or '特' or '真';

    private static readonly HashSet<string> CorrectedWords = ["自曝", "供养", "同行", "朝阳", "穿着"];

    // Words the dictionary reads one way and news text mostly another, settled by their neighbours.
    private static string? InWord(string run, int index, IReadOnlyList<string> words, int wordIndex)
    {
        var word = words[wordIndex];
        if (run[index] == '血' && index > 0 && run[index - 1] == '献')
        {
            return "xue4"; // 献血, 无偿献血: the dictionary has the colloquial xie3
        }

        if (word.Length != 2 || !(CorrectedWords.Contains(word) || word[1] is '为' or '得' or '将'))
        {
            return null; // most words: nothing to look at, and this runs for every character of every word
        }

        var start = 0;
        for (var w = 0; w < wordIndex; w++)
        {
            start += words[w].Length;
        }

        var k = index - start;
        var previous = wordIndex > 0 ? words[wordIndex - 1] : "";
        var next = wordIndex + 1 < words.Count ? words[wordIndex + 1] : "";
        string? Pick(string reading) => k >= 0 && reading.Split(' ') is var s && k < s.Length ? s[k] : null;
        return word switch
        {
            "自曝" => Pick("zi4 bao4"),
            "供养" when next.Length == 0 || !"佛神菩祖香".Contains(next[0], StringComparison.Ordinal) => Pick("gong1 yang3"),
            "同行" when previous is "并肩" or "结伴" or "携手" or "一路" or "一起" or "一同" or "相伴" or "同路" => Pick("tong2 xing2"),
            "朝阳" when next is "行业" or "产业" or "企业" => Pick("zhao1 yang2"),
            "穿着" when next.Length > 0 && next is not ("打扮" or "讲究" or "得体" or "朴素") => Pick("chuan1 zhe5"),
            [var adverb, '为'] when k == 1 && "还也都又正专特再".Contains(adverb, StringComparison.Ordinal) && (next.Length == 0 || !Numerals.Contains(next[0], StringComparison.Ordinal)) => "wei4",
            [_, '得'] when k == 1 && index + 1 < run.Length && IsComplementStart(run[index + 1]) => "de5",
            ['上' or '中', '将'] when k == 1 && IsAdverbialJiang(run, index, previous, next) => "jiang1",
            ['名', '将'] when k == 1 && previous.Length > 0 && (Numerals.Contains(previous[^1], StringComparison.Ordinal) || previous[^1] is '前' or '多') => "jiang1",
            _ => null,
        };
    }

    // Words that open a verb phrase after 将 "will" and hardly ever follow a rank: 工作按排上将更加注重实效. Prepositions
    // (于, 在, 与) are not among them: 洪学智上将于2006年逝世 is the rank after a name.
    private static readonly HashSet<string> VerbPhraseAfterWill =
    [
        "会", "要", "可", "能", "成为", "迎来", "更加", "进一步", "继续", "全面", "不断", "逐步", "重点", "优先", "着力", "大力",
        "切实", "持续", "加大", "加快", "加强", "进行", "开展", "实施", "实现", "推出", "推动", "推进", "启动", "举行", "召开",
        "组织", "采取", "围绕", "严格", "积极", "认真", "努力", "主要", "统一", "适当", "陆续", "分别", "首次", "正式", "直接",
    ];

    // Before these, 上将/中将 is the rank itself: 陆军上将, 开国中将, 被授予上将, 晋升为中将.
    private const string RankBefore = "军星国级衔授升为任是名位";

    // 上将/中将 read as 上/中 + 将 "will": inside a 在…上/中 frame (在人员按排上将…, 在正赛中将以…) or before a verb phrase
    // after a word (工作按排上将更加…); never after a word that makes it a rank (陆军上将), before one that continues it
    // (上将军衔), or at the end of a clause.
    private static bool IsAdverbialJiang(string run, int index, string previous, string next)
    {
        if (next.Length == 0 || next[0] is '军' or '衔' || (previous.Length > 0 && RankBefore.Contains(previous[^1], StringComparison.Ordinal)))
        {
            return false;
        }

        return run.AsSpan(0, index - 1).IndexOfAny('在', '从') >= 0 || (previous.Length >= 2 && VerbPhraseAfterWill.Contains(next));
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

        // 为 "for" after an adverb (开发商还为业主准备, 也为群众办实事, 耐心地为老人讲解), not 该地为 "this place is".
        return "还也都又正专特再".Contains(before, StringComparison.Ordinal)
            || (before == '地' && index >= 2 && !"该此本两各当土耕某".Contains(run[index - 2], StringComparison.Ordinal)) ? "wei4" : null;
    }
}
