namespace A11yFeed.Model;

/// <summary>
/// The one set of rules for BCP 47 language tags: what "auto" means, which tags are written in Chinese, which are
/// read as Mandarin, which are CJK. Every stage asks here, so extraction, speech and pages never disagree.
/// </summary>
public static class LanguageTag
{
    /// <summary>What a source definition says when each article's language is to be detected.</summary>
    public const string Auto = "auto";

    /// <summary>The language spoken and published when nothing else is known.</summary>
    public const string Fallback = "en";

    /// <summary>Whether <paramref name="tag"/> names no language: null, blank or "auto".</summary>
    public static bool IsAuto(string? tag) =>
        string.IsNullOrWhiteSpace(tag) || tag.Trim().Equals(Auto, StringComparison.OrdinalIgnoreCase);

    /// <summary>The tag itself, or null when it is <see cref="IsAuto">auto</see>.</summary>
    public static string? OrNull(string? tag) => IsAuto(tag) ? null : tag;

    /// <summary>The primary language subtag in lower case ("zh" for "zh-Hans-CN"); "" for a blank tag.</summary>
    public static string Primary(string? tag) =>
        string.IsNullOrWhiteSpace(tag) ? "" : tag.Trim().Split('-', '_')[0].ToLowerInvariant();

    /// <summary>Chinese written in Han characters, whatever is spoken: zh, cmn and yue and their scripts and regions.</summary>
    public static bool IsChinese(string? tag) => Primary(tag) is "zh" or "cmn" or "yue";

    /// <summary>
    /// Chinese read aloud as Mandarin: cmn, and zh with any script or region except Hong Kong and Macau, which speak
    /// Cantonese (as does zh-yue). Taiwan speaks Mandarin.
    /// </summary>
    public static bool IsMandarin(string? tag)
    {
        var primary = Primary(tag);
        if (primary == "cmn")
        {
            return true;
        }

        return primary == "zh"
            && !tag!.Trim().Split('-', '_').Skip(1).Any(s => s.Equals("hk", StringComparison.OrdinalIgnoreCase)
                || s.Equals("mo", StringComparison.OrdinalIgnoreCase) || s.Equals("yue", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Chinese, Japanese or Korean: text without spaces between words, dates written 2020年2月27日 style.</summary>
    public static bool IsCjk(string? tag) => IsChinese(tag) || Primary(tag) is "ja";
}
