using System.Text.RegularExpressions;

namespace A11yFeed.Extraction;

/// <summary>
/// Photo captions are read aloud differently from the story, so they are kept apart from the body:
/// a short paragraph credited to a photographer ("(特约摄影师 王东 摄)", "新华社记者 李四 摄", "Photo: …"),
/// or short text standing right under an image.
/// </summary>
internal static partial class CaptionDetector
{
    private const int MaxCaptionLength = 200;
    private const int MaxUnderImageLength = 80;

    public static bool IsCredited(string paragraph) =>
        paragraph.Length <= MaxCaptionLength && (PhotoCredit().IsMatch(paragraph) || EnglishCredit().IsMatch(paragraph));

    /// <summary>
    /// Text right under an image is its caption when it is short and not the start of the story. A reporter
    /// credit ("（记者 王芳）") after an inline image closes the story; it is never a caption.
    /// </summary>
    public static bool IsUnderImageCaption(string paragraph) =>
        IsCredited(paragraph)
        || (paragraph.Length <= MaxUnderImageLength && !EndsLikeSentence().IsMatch(paragraph) && !ReporterCreditReader.IsCredit(paragraph));

    [GeneratedRegex(@"(?:[(（][^()（）]{1,40}\s?摄[)）]|\s\S{1,12}\s?摄|(?:摄影|图片来源|图)\s*[:：/／]\s*\S{1,20}[)）]?)$")]
    private static partial Regex PhotoCredit();

    [GeneratedRegex(@"^(?:Photo|Image|Picture|Photograph)(?: credit)?\s*:|\((?:Photo|Image|Picture)(?: credit)?:?[^)]{1,60}\)$|(?:/|Photo by)\s*[\p{Lu}][\w .'\-]{1,40}$", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishCredit();

    [GeneratedRegex(@"[。！？；.!?;:：,，]$")]
    private static partial Regex EndsLikeSentence();
}
