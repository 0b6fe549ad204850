using System.Text;

namespace A11yFeed.Fetching;

/// <summary>
/// The rules of one robots.txt (RFC 9309): the group for our product token, or else the '*' group;
/// the longest matching Allow/Disallow pattern decides, Allow winning a tie; '*' matches any run, '$' the end.
/// </summary>
public sealed class RobotsTxt
{
    public static readonly RobotsTxt AllowAll = new([]);

    private readonly IReadOnlyList<(string Pattern, bool Allow)> _rules;

    private RobotsTxt(IReadOnlyList<(string Pattern, bool Allow)> rules) => _rules = rules;

    public static RobotsTxt Parse(string content, string productToken)
    {
        var groups = new List<(List<string> Agents, List<(string, bool)> Rules)>();
        (List<string> Agents, List<(string, bool)> Rules)? current = null;
        var lastWasAgent = false;
        foreach (var rawLine in content.Split('\n'))
        {
            var line = rawLine.Split('#', 2)[0].Trim();
            var colon = line.IndexOf(':');
            if (colon <= 0)
            {
                continue;
            }

            var key = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            if (key == "user-agent")
            {
                if (current is null || !lastWasAgent)
                {
                    current = ([], []);
                    groups.Add(current.Value);
                }

                current.Value.Agents.Add(value.ToLowerInvariant());
                lastWasAgent = true;
            }
            else if (key is "allow" or "disallow" && current is not null)
            {
                lastWasAgent = false;

                // An empty Disallow allows everything; it adds no rule.
                if (value.Length > 0)
                {
                    current.Value.Rules.Add((value, key == "allow"));
                }
            }
        }

        var token = productToken.ToLowerInvariant();
        var ours = groups.Where(g => g.Agents.Contains(token)).SelectMany(g => g.Rules).ToList();
        var rules = ours.Count > 0 || groups.Any(g => g.Agents.Contains(token))
            ? ours
            : groups.Where(g => g.Agents.Contains("*")).SelectMany(g => g.Rules).ToList();
        return new RobotsTxt(rules);
    }

    public bool IsAllowed(Uri url)
    {
        var path = url.PathAndQuery;
        var best = -1;
        var allowed = true;
        foreach (var (pattern, allow) in _rules)
        {
            if (pattern.Length < best || !Matches(path, Normalise(pattern)))
            {
                continue;
            }

            if (pattern.Length > best || allow)
            {
                allowed = allow;
                best = pattern.Length;
            }
        }

        return allowed;
    }

    // Site owners write non-ASCII paths unescaped; the request path is escaped.
    private static string Normalise(string pattern)
    {
        if (pattern.All(c => c < 128))
        {
            return pattern;
        }

        var builder = new StringBuilder();
        foreach (var c in pattern)
        {
            builder.Append(c < 128 ? c.ToString() : Uri.EscapeDataString(c.ToString()));
        }

        return builder.ToString();
    }

    private static bool Matches(string path, string pattern)
    {
        var anchored = pattern.EndsWith('$');
        if (anchored)
        {
            pattern = pattern[..^1];
        }

        return Match(path, 0, pattern, 0, anchored);
    }

    private static bool Match(string path, int p, string pattern, int q, bool anchored)
    {
        while (q < pattern.Length)
        {
            if (pattern[q] == '*')
            {
                for (var skip = p; skip <= path.Length; skip++)
                {
                    if (Match(path, skip, pattern, q + 1, anchored))
                    {
                        return true;
                    }
                }

                return false;
            }

            if (p >= path.Length || path[p] != pattern[q])
            {
                return false;
            }

            p++;
            q++;
        }

        return !anchored || p == path.Length;
    }
}
