using System.Text.RegularExpressions;

namespace A11yFeed.Bench.Scoring;

/// <summary>
/// The corpus scorer: word tokens (each CJK character its own token), multisets of 4-token shingles,
/// precision and recall per page averaged over pages, F1 from the two averages. One file, compiled into
/// both the benchmark and the tests, so the floors in the tests and the published numbers agree.
/// </summary>
internal static partial class ShingleScorer
{
    public static (double Precision, double Recall) ScorePage(string extracted, string expected)
    {
        var got = Shingles(extracted);
        var want = Shingles(expected);
        var shared = got.Sum(pair => Math.Min(pair.Value, want.GetValueOrDefault(pair.Key)));
        var gotTotal = got.Values.Sum();
        var wantTotal = want.Values.Sum();
        return (gotTotal == 0 ? 0 : (double)shared / gotTotal, wantTotal == 0 ? 1 : (double)shared / wantTotal);
    }

    public static double F1(IReadOnlyCollection<(double Precision, double Recall)> pages)
    {
        var p = pages.Average(x => x.Precision);
        var r = pages.Average(x => x.Recall);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /// <summary>The scorer's tokens, lower-cased: what the block labels for fitting are counted in.</summary>
    public static List<string> Tokens(string text) => Token().Matches(text).Select(m => m.Value.ToLowerInvariant()).ToList();

    /// <summary>The distinct 4-token shingles of a text.</summary>
    public static HashSet<string> ShingleSet(string text) => [.. Shingles(text).Keys];

    private static Dictionary<string, int> Shingles(string text)
    {
        var tokens = Tokens(text);
        var shingles = new Dictionary<string, int>();
        for (var i = 0; i + 4 <= tokens.Count; i++)
        {
            var key = string.Join('\u0001', tokens.Skip(i).Take(4));
            shingles[key] = shingles.GetValueOrDefault(key) + 1;
        }

        return shingles;
    }

    [GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}\u3400-\u4DBF]|[^\W\p{IsCJKUnifiedIdeographs}\u3400-\u4DBF]+")]
    private static partial Regex Token();
}
