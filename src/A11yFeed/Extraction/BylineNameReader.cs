using System.Text.RegularExpressions;

namespace A11yFeed.Extraction;

/// <summary>
/// Essays and reports print the writer's name on a line of its own under the headline: "胡平",
/// "赵延东、风笑天", "[ 黄宇 ]". Such a line names the author; a lone word of page furniture does not.
/// </summary>
internal static partial class BylineNameReader
{
    private static readonly HashSet<string> NotNames =
    [
        "首页", "打印", "关闭", "评论", "分享", "返回", "正文", "原文", "前言", "引言", "摘要", "目录", "简介", "导读", "相关新闻", "相关文章",
        "热点新闻", "推荐阅读", "发表评论", "查看评论", "收藏本文", "字体大小", "本报讯", "新闻中心", "编者按",
        "图集", "组图", "图片", "视频", "音频", "专题", "直播",
    ];

    /// <summary>The first name line among the story's opening lines that is followed by prose or a "——" subtitle, as a byline is.</summary>
    public static string? TryRead(IReadOnlyList<string> openingLines, string? title)
    {
        for (var i = 0; i + 1 < openingLines.Count; i++)
        {
            var match = NameLine().Match(openingLines[i]);
            var next = openingLines[i + 1];
            if (match.Success && openingLines[i] != title && (next.Length >= 40 || next.StartsWith("——", StringComparison.Ordinal))
                && !NotNames.Contains(match.Groups["names"].Value.Trim()))
            {
                return match.Groups["names"].Value.Trim();
            }
        }

        return null;
    }

    [GeneratedRegex(@"^[\[【(（]?\s*(?<names>\p{IsCJKUnifiedIdeographs}{2,4}(?:[\s、，,]+\p{IsCJKUnifiedIdeographs}{2,4}){0,4})\s*[\]】)）]?$")]
    private static partial Regex NameLine();
}
