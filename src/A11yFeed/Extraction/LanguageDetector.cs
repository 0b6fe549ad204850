using A11yFeed.Model;

namespace A11yFeed.Extraction;

/// <summary>
/// Picks the BCP 47 tag: an explicit hint wins, then the page's own declaration when it agrees with the
/// script actually used, then the script of the text itself.
/// </summary>
internal static class LanguageDetector
{
    private const int SampleLength = 4000;

    public static string Detect(string? hint, string? declared, string sampleText)
    {
        if (!LanguageTag.IsAuto(hint))
        {
            return Canonical(hint!);
        }

        var script = DetectScript(sampleText);
        var declaredTag = string.IsNullOrWhiteSpace(declared) ? null : Canonical(declared);
        if (declaredTag is not null && (script is null || declaredTag.StartsWith(script, StringComparison.OrdinalIgnoreCase)))
        {
            return declaredTag;
        }

        return script switch
        {
            "zh" => "zh-CN",
            null => declaredTag ?? "en",
            _ => script,
        };
    }

    /// <summary>Counts letters by script over a sample; returns a bare language code or null when there are no letters.</summary>
    internal static string? DetectScript(string text)
    {
        int kana = 0, hangul = 0, cyrillic = 0, arabic = 0, latin = 0;
        var sample = text.AsSpan(0, Math.Min(text.Length, SampleLength));
        var han = HanScript.Count(sample);
        foreach (var c in sample)
        {
            switch (c)
            {
                case >= '\u3040' and <= '\u30FF': kana++; break;
                case >= '\uAC00' and <= '\uD7AF': hangul++; break;
                case >= '\u0400' and <= '\u04FF': cyrillic++; break;
                case >= '\u0600' and <= '\u06FF': arabic++; break;
                default:
                    if (char.IsAsciiLetter(c) || c is >= '\u00C0' and <= '\u024F')
                    {
                        latin++;
                    }

                    break;
            }
        }

        // A Chinese character carries about a word; Latin letters come five or so to a word.
        var scores = new (string Code, double Score)[]
        {
            (kana > 0 && kana * 5 > han ? "ja" : "zh", han + kana), ("ko", hangul), ("ru", cyrillic / 5.0), ("ar", arabic / 5.0), ("en", latin / 5.0),
        };
        var best = scores.MaxBy(s => s.Score);
        return best.Score <= 0 ? null : best.Code;
    }

    private static string Canonical(string tag)
    {
        var parts = tag.Trim().Replace('_', '-').Split('-', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            return "en";
        }

        var language = parts[0].ToLowerInvariant();
        if (parts.Length == 1)
        {
            return language == "zh" ? "zh-CN" : language;
        }

        var region = parts[1].Length == 2 ? parts[1].ToUpperInvariant() : parts[1];
        return language + "-" + region;
    }
}
