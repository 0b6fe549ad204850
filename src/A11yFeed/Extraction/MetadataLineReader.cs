using System.Text.RegularExpressions;

namespace A11yFeed.Extraction;

/// <summary>
/// Reads "来源:… 发布时间:… 作者:…" lines and English bylines ("By Jane Doe", "Published: …").
/// Such a line is metadata, never body; the values between the labels are the facts.
/// </summary>
internal static partial class MetadataLineReader
{
    private const int MaxMetadataLineLength = 160;

    public static bool IsMetadataLine(string line) =>
        line.Length <= MaxMetadataLineLength
        && (ChineseLabel().IsMatch(line) || EnglishByline().IsMatch(line) || PostedBy().IsMatch(line) || StaffLine().IsMatch(line) || IsDateOnly(line));

    // "摄影/张艳 编辑/苏芳" credits use a slash where others use a colon.
    /// <summary>Reads the line into <paramref name="metadata"/>; returns false when it is not a metadata line.</summary>
    public static bool TryRead(string line, bool chinese, ArticleMetadata metadata)
    {
        if (!IsMetadataLine(line))
        {
            return false;
        }

        var labels = ChineseLabel().Matches(line);
        for (var i = 0; i < labels.Count; i++)
        {
            var start = labels[i].Index + labels[i].Length;
            var end = i + 1 < labels.Count ? labels[i + 1].Index : line.Length;
            var value = line[start..end].Trim();
            Apply(labels[i].Groups["label"].Value, value, chinese, metadata);
        }

        var staff = StaffLine().Match(line);
        if (staff.Success && staff.Groups["editor"].Success)
        {
            metadata.Editor ??= staff.Groups["editor"].Value;
        }

        // Forums and blogs: "ggjjzhzz 发表于 2005-9-15 11:46", "发布时间 2005/03/15 22:36:13 by duscha".
        var poster = Poster().Match(line);
        poster = poster.Success ? poster : PostedBy().Match(line);
        if (poster.Success)
        {
            metadata.Offer(author: poster.Groups["name"].Value);
        }

        // Portal bars: "2004年7月16日08:19 [ 黄宇 ] 来源：[ 国际金融报 ]": the bracketed name between the time and the first label is the writer.
        var bracketed = labels.Count > 0 ? BracketedNameAfterTime().Match(line[..labels[0].Index]) : Match.Empty;
        if (bracketed.Success)
        {
            metadata.Offer(author: bracketed.Groups["name"].Value);
        }

        var byline = EnglishByline().Match(line);
        if (byline.Success)
        {
            var name = byline.Groups["name"].Value.Trim();
            if (name.Length > 0)
            {
                metadata.Offer(author: name);
            }
        }

        if (metadata.Published is null && PublishTimeParser.TryFind(line, chinese, out var published))
        {
            metadata.Published = published;
        }

        return true;
    }

    private static void Apply(string label, string value, bool chinese, ArticleMetadata metadata)
    {
        switch (label)
        {
            case "来源" or "信息来源" or "文章来源" or "稿源" or "出处":
                metadata.Offer(source: TrailingDate().Replace(value, string.Empty).Trim(' ', '[', ']', '【', '】'));
                break;
            case "作者" or "记者" or "撰稿" or "执笔" or "执笔人" or "撰文" or "发文机关":
                metadata.Offer(author: AuthorValue(value));
                break;
            case "编辑" or "责任编辑":
                metadata.Editor ??= AuthorValue(value) is { Length: > 0 } editor ? editor : null;
                break;
            case "发布时间" or "发布日期" or "发表时间" or "发表于" or "时间" or "日期" or "更新时间":
                if (PublishTimeParser.TryFind(value, chinese, out var published))
                {
                    metadata.Offer(published: published);
                }

                break;
        }
    }

    // A name ends where the next widget starts: "zboygirl 阅读(1660) 评论(5)", "宋怡 杨志华 我要说说 打印".
    private static string AuthorValue(string value)
    {
        var end = AuthorEnd().Match(value);
        return (end.Success ? value[..end.Index] : value).Trim().TrimEnd('）', ')', ']', '】').Trim();
    }

    private static bool IsDateOnly(string line) =>
        line.Length <= 40 && DateOnlyLine().IsMatch(line) && PublishTimeParser.TryFind(line, chinese: true, out _);

    [GeneratedRegex(@"(?:^|(?<=[\s|｜/【\[(（】\]]))(?<label>信息来源|文章来源|来源|稿源|出处|发布时间|发布日期|发表时间|更新时间|时间|日期|发表于|发文机关|作者|责任编辑|编辑|审核|校对|记者|通讯员|执笔人|执笔|撰文|撰稿|摄影|浏览次数|阅读次数|点击数|访问次数|选择阅读字号|字号|供稿)\s*(?:[:：]|[/／](?=\S)|(?<=时间|日期|发表于)\s*(?=\d{4}))")]
    private static partial Regex ChineseLabel();

    [GeneratedRegex(@"^(?:By|Written by|Posted by)\s+(?<name>[\p{Lu}][\p{L}.'\- ]{1,60}?)(?:\s*(?:[|,·•]|and\b|Updated|Published|\d).*)?$|^(?:Published|Updated|Posted|Date)\s*:?\s+\S")]
    private static partial Regex EnglishByline();

    [GeneratedRegex(@"\s{2,}|\s*[|｜]|\s+(?:阅读|评论|点击|浏览|我要|打印|推荐|分享|发表|来源|编辑|\d{4}[-/.年])")]
    private static partial Regex AuthorEnd();

    [GeneratedRegex(@"^(?<name>[^\s:：]{2,20})\s+发表于|\d\s+by\s+(?<name>[\w.\-]{2,30})")]
    private static partial Regex Poster();

    [GeneratedRegex(@"\d{1,2}[:：]\d{2}(?:[:：]\d{2})?\s*[\[【]\s*(?<name>\p{IsCJKUnifiedIdeographs}{2,4}(?:[、\s]+\p{IsCJKUnifiedIdeographs}{2,4}){0,3})\s*[\]】][^\p{L}\p{N}]*$")]
    private static partial Regex BracketedNameAfterTime();

    // "编辑 刘青 校对 李禾": labels and names without colons, nothing else on the line.
    [GeneratedRegex(@"^(?:(?:(?:责任编辑|编辑)\s+(?<editor>\p{IsCJKUnifiedIdeographs}{2,4})|(?:校对|审核|审校|监制|制作|摄影|摄像)\s+\p{IsCJKUnifiedIdeographs}{2,4})\s*){2,}$")]
    private static partial Regex StaffLine();

    // Blog footers: "由海棠张贴 @ 2005-06-10 05:53:20", "由 lily 发表于 2006-1-2"; the time after it tells it from a sentence.
    [GeneratedRegex(@"^由\s*(?<name>[^\s@，。,]{1,20}?)\s*(?:张贴|发表|发布)(?:于)?\s*(?:@\s*)?\d{4}")]
    private static partial Regex PostedBy();

    [GeneratedRegex(@"^[\d\s\-/.:年月日时分秒]+$")]
    private static partial Regex DateOnlyLine();

    [GeneratedRegex(@"\s*\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}.*$")]
    private static partial Regex TrailingDate();
}
