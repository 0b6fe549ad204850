using System.Globalization;

namespace A11yFeed.Web;

/// <summary>
/// The words the pages themselves say, one table per language: Chinese for readers who ask for it
/// (<see cref="ReaderLanguage"/>), English otherwise. Articles are never translated.
/// </summary>
internal sealed record PageText
{
    public required string SkipToContent { get; init; }
    public required string Intro { get; init; }
    public required string AllArticles { get; init; }
    public required string Subscribe { get; init; }

    /// <summary>Before the links to a channel's daily feed: one episode a day, the day's news with chapters.</summary>
    public required string SubscribeDaily { get; init; }
    public required string ArticleCountFormat { get; init; }
    public required string Unavailable { get; init; }
    public required string UnavailableLastUpdatedFormat { get; init; }
    public required string LastChecked { get; init; }
    public required string NotCheckedYet { get; init; }
    public required string NoArticles { get; init; }
    public required string OlderArticles { get; init; }
    public required string NewestArticles { get; init; }
    public required string MoreArticles { get; init; }
    public required string Listen { get; init; }
    public required string DownloadAudio { get; init; }
    public required string ReadOriginal { get; init; }
    public required string DurationLabel { get; init; }
    public required string Captions { get; init; }
    public required string Author { get; init; }
    public required string Source { get; init; }
    public required string BackTo { get; init; }
    public required string DateFormat { get; init; }
    public required string DurationFormat { get; init; }
    public required string LargePrint { get; init; }
    public required string StandardPrint { get; init; }
    public required string ReadingOptions { get; init; }
    public required string TextSize { get; init; }
    public required IReadOnlyList<string> SizeNames { get; init; }
    public required string Colours { get; init; }
    public required IReadOnlyList<string> ThemeNames { get; init; }
    public required string ReadAlong { get; init; }
    public required string Play { get; init; }
    public required string Pause { get; init; }
    public required string PreviousSentence { get; init; }
    public required string NextSentence { get; init; }
    public required string Speed { get; init; }
    public required string ReadAlongHelp { get; init; }
    public required string Transcript { get; init; }
    public required string Pictures { get; init; }
    public required string Language { get; init; }
    public required string ListenToAll { get; init; }
    public required string ListenIntro { get; init; }
    public required string Player { get; init; }
    public required string PressPlay { get; init; }
    public required string NowPlayingFormat { get; init; }
    public required string AllHeard { get; init; }
    public required string Previous { get; init; }
    public required string Next { get; init; }
    public required string Heard { get; init; }
    public required string Playlist { get; init; }
    public required string ListenPage { get; init; }
    public required string NothingToHear { get; init; }

    /// <summary>Each language's name in itself, for the switch: a reader finds their own language in any page.</summary>
    public static readonly IReadOnlyList<(string Language, string Name)> LanguageNames =
        [(ReaderLanguage.Chinese, "中文"), (ReaderLanguage.English, "English")];

    public static readonly PageText Chinese = new()
    {
        SkipToContent = "跳到正文", Intro = "新闻大字阅读，也可以收听朗读。", AllArticles = "全部文章",
        Subscribe = "订阅", SubscribeDaily = "每日播报（每天一集）", ArticleCountFormat = "共 {0} 篇文章", Unavailable = "暂时无法更新",
        UnavailableLastUpdatedFormat = "暂时无法更新。最近更新：{0}",
        LastChecked = "最近更新：", NotCheckedYet = "尚未更新", NoArticles = "暂时还没有文章。", OlderArticles = "更早的文章", NewestArticles = "最新文章",
        MoreArticles = "更多文章", Listen = "收听",
        DownloadAudio = "下载音频（MP3）", ReadOriginal = "查看原文", DurationLabel = "时长 ", Captions = "图片说明", Author = "作者：",
        Source = "来源：", BackTo = "返回：", DateFormat = "yyyy年M月d日 HH:mm", DurationFormat = "{0}分{1}秒",
        LargePrint = "大字版", StandardPrint = "普通版", ReadingOptions = "阅读设置", TextSize = "字号：",
        SizeNames = ["小", "中", "大", "较大", "特大"], Colours = "颜色：", ThemeNames = ["默认", "黑底白字", "黑底黄字"],
        ReadAlong = "跟读", Play = "播放", Pause = "暂停", PreviousSentence = "上一句", NextSentence = "下一句", Speed = "语速",
        ReadAlongHelp = "正在朗读的句子会标出颜色。点一句话，就从那里开始听。键盘：空格键播放或暂停，方向键跳到上一句或下一句。",
        Transcript = "文字稿（WebVTT 字幕）", Pictures = "图片", Language = "语言：",
        ListenToAll = "收听全部新闻", ListenIntro = "按“播放”，一篇接一篇收听所有新文章。听完的文章，下次会自动跳过。",
        Player = "播放器", PressPlay = "按“播放”开始收听。", NowPlayingFormat = "正在播放第 {0} 篇，共 {1} 篇：{2}",
        AllHeard = "新文章已经全部听完。", Previous = "上一篇", Next = "下一篇", Heard = "已听",
        Playlist = "用其他播放器打开播放列表（M3U）", ListenPage = "每篇文章单独收听", NothingToHear = "暂时还没有可以收听的文章。",
    };

    public static readonly PageText English = new()
    {
        SkipToContent = "Skip to content", Intro = "News in large print, and read aloud.", AllArticles = "All articles",
        Subscribe = "Subscribe", SubscribeDaily = "Daily bulletin (one episode a day)", ArticleCountFormat = "{0} articles", Unavailable = "Temporarily unavailable",
        UnavailableLastUpdatedFormat = "Temporarily unavailable. Last updated: {0}",
        LastChecked = "Last updated: ", NotCheckedYet = "Not updated yet", NoArticles = "No articles yet.", OlderArticles = "Older articles", NewestArticles = "Newest articles",
        MoreArticles = "More articles", Listen = "Listen",
        DownloadAudio = "Download the audio (MP3)", ReadOriginal = "Read the original article", DurationLabel = "Duration ", Captions = "Photo captions",
        Author = "By ", Source = "From ", BackTo = "Back to ", DateFormat = "d MMMM yyyy, HH:mm", DurationFormat = "{0} min {1} s",
        LargePrint = "Large print", StandardPrint = "Standard print", ReadingOptions = "Reading options", TextSize = "Text size:",
        SizeNames = ["Small", "Medium", "Large", "Larger", "Largest"], Colours = "Colours:",
        ThemeNames = ["Standard", "White on black", "Yellow on black"],
        ReadAlong = "Read along", Play = "Play", Pause = "Pause", PreviousSentence = "Previous sentence", NextSentence = "Next sentence",
        Speed = "Speed",
        ReadAlongHelp = "The sentence being read is marked in colour. Press a sentence to listen from there. Keys: Space plays or pauses; the arrow keys go to the previous or next sentence.",
        Transcript = "Transcript (WebVTT captions)", Pictures = "Pictures", Language = "Language:",
        ListenToAll = "Listen to all the news",
        ListenIntro = "Press Play to hear every new article, one after another. Articles you have heard are skipped next time.",
        Player = "Player", PressPlay = "Press Play to start.", NowPlayingFormat = "Now playing {0} of {1}: {2}",
        AllHeard = "You have heard every new article.", Previous = "Previous", Next = "Next", Heard = "Heard",
        Playlist = "Open the playlist in another player (M3U)", ListenPage = "Listen to each article on its own", NothingToHear = "No articles to listen to yet.",
    };

    public static PageText For(string language) =>
        language.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? Chinese : English;

    /// <summary>The date in its own offset: a city's news reads in the city's time.</summary>
    public string Date(DateTimeOffset value) => value.ToString(DateFormat, CultureInfo.InvariantCulture);

    public string Duration(long milliseconds)
    {
        var seconds = (long)Math.Round(milliseconds / 1000.0, MidpointRounding.AwayFromZero);
        return string.Format(CultureInfo.InvariantCulture, DurationFormat, seconds / 60, seconds % 60);
    }

    /// <summary>What the home page says of a source whose last poll failed.</summary>
    public string SourceUnavailable(DateTimeOffset? lastUpdated) => lastUpdated is { } at
        ? string.Format(CultureInfo.InvariantCulture, UnavailableLastUpdatedFormat, Date(at))
        : Unavailable;

    public string ArticleCount(int count) => string.Format(CultureInfo.InvariantCulture, ArticleCountFormat, count);
}
