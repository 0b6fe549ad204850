namespace A11yFeed.Bench.Polyphones;

/// <summary>How many marked characters one way of reading got right, overall and per character.</summary>
internal sealed class PolyphoneScore(string name)
{
    public string Name { get; } = name;

    public int Right { get; private set; }

    public int Total { get; private set; }

    public SortedDictionary<string, (int Right, int Total)> PerCharacter { get; } = new(StringComparer.Ordinal);

    /// <summary>Wall-clock seconds spent reading the sentences (null when the reading was not timed as one pass).</summary>
    public double? Seconds { get; set; }

    public double Accuracy => Total == 0 ? 0 : (double)Right / Total;

    public void Add(string character, bool right)
    {
        Total++;
        Right += right ? 1 : 0;
        var (r, t) = PerCharacter.GetValueOrDefault(character);
        PerCharacter[character] = (r + (right ? 1 : 0), t + 1);
    }

    public (int Right, int Total) For(string character) => PerCharacter.GetValueOrDefault(character);
}
