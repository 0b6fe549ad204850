using System.Text.RegularExpressions;

namespace A11yFeed.Extraction;

/// <summary>
/// Recognises lines that belong to the site around an article (navigation, widgets, footers) by their
/// wording and shape, so that they never reach the body. Only short lines are judged: a real paragraph
/// that happens to mention "版权所有" stays.
/// </summary>
internal static partial class ChromeFilter
{
    private const int MaxChromeLength = 80;

    /// <summary>A heading over a list of other stories ("为您推荐", "相关阅读", "You may also like"): nothing after it is the story.</summary>
    public static bool EndsStory(string line) => line.Length <= 20 && StoryEnd().IsMatch(line);

    public static bool IsChrome(string line)
    {
        if (line.Length == 0)
        {
            return true;
        }

        if (Breadcrumb().IsMatch(line) || FontSizeWidget().IsMatch(line) || IsPager(line))
        {
            return true;
        }

        // Footers do not end in a full stop; a Chinese sentence of forty characters is already a paragraph.
        if (line.Length > MaxChromeLength || (line.Length >= 40 && line[^1] is '。' or '！' or '？'))
        {
            return false;
        }

        return ChromeWords().IsMatch(line)
            || EnglishChrome().IsMatch(line)
            || IsLinkList(line)
            || OnlySymbols().IsMatch(line);
    }

    // "共3页 上一页 1 2 3 下一页", "第1页 第2页": a split article's pager, nothing but page tokens.
    private static bool IsPager(string line) =>
        line.Length <= MaxChromeLength && line.Contains('页') && OnlySymbols().IsMatch(PagerToken().Replace(line, " "));

    // "首页 | 新闻 | 政务" or "Home · World · Business": several short items separated by bars or dots.
    private static bool IsLinkList(string line)
    {
        var parts = LinkSeparator().Split(line);
        return parts.Length >= 3 && parts.All(p => p.Trim().Length is > 0 and <= 12);
    }

    [GeneratedRegex(@"^(您当前的?位置|当前位置|您现在的位置|现在的位置|所在位置|位置)\s*[:：]|^\S{1,10}( ?[>»›] ?\S{1,20}){2,}$")]
    private static partial Regex Breadcrumb();

    [GeneratedRegex(@"选择阅读字号|字号\s*[:：]?\s*[\[【(（]?\s*大\s*[\]】)）]?\s*[\[【(（]?\s*中\s*[\]】)）]?\s*[\[【(（]?\s*小|【\s*大\s*】|\[\s*大\s*中\s*小\s*\]")]
    private static partial Regex FontSizeWidget();

    [GeneratedRegex(@"今天是|站群|阅读次数|浏览次数|点击数|访问量|打印本页|打印此页|【打印】|\[打印\]|关闭窗口|【关闭】|\[关闭\]|分享到|收藏本页|加入收藏|设为首页|返回顶部|^上一篇|^下一篇|^相关链接|^相关阅读|^相关新闻|^相关文章|网站地图|ICP\s*备|ICP证|公网安备|网站标识码|版权所有|主办单位|承办单位|技术支持|联系我们|扫一扫|免责声明|手机版|无障碍|扫码|二维码|分享至|加载更多|点击进入专题|自动播放|已输入\s*\d+\s*字|^字号$|^(图集|组图)$|^[Tt]\s*[+＋]\s*[-－]$|^(关键词|标签|tags?)\s*(>>|[:：»])")]
    private static partial Regex ChromeWords();

    [GeneratedRegex(@"^(skip to|share (this|on)|share$|related( stories| articles| links| news)?$|read more|more from|sign up|subscribe|advert(isement)?$|follow us|caption$|close$|back to gallery$|view gallery$|(\d+ )?comments?$|tell us what you think|all rights reserved|privacy policy|terms of (use|service)|cookie|back to top|previous article|next article|(©|copyright|\(c\)) ?\d{0,4})", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishChrome();

    [GeneratedRegex(@"共\s*\d{1,3}\s*页|第\s*\d{1,3}\s*页|首页|尾页|末页|上一页|下一页|上页|下页|前一页|后一页|\d{1,3}")]
    private static partial Regex PagerToken();

    [GeneratedRegex(@"^[\[【]?\s*(为您推荐|推荐阅读|相关推荐|热门推荐|热点推荐|猜你喜欢|延伸阅读|相关阅读|相关新闻|相关文章|更多精彩|精彩推荐|recommended( for you)?|you (may|might) also like|more stories|related (stories|articles))\s*[\]】:：]?$", RegexOptions.IgnoreCase)]
    private static partial Regex StoryEnd();

    [GeneratedRegex(@"\s*[|｜·•]\s*")]
    private static partial Regex LinkSeparator();

    [GeneratedRegex(@"^[\p{P}\p{S}\s\d]*$")]
    private static partial Regex OnlySymbols();
}
