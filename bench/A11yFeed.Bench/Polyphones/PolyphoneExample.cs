namespace A11yFeed.Bench.Polyphones;

/// <summary>A labelled sentence's marked character as the reading sees it: a rule's reading (or null), the dictionary's, and its features.</summary>
internal sealed record PolyphoneExample(int Fold, char Character, string? Ruled, string Otherwise, List<string> Features, string Label)
{
    /// <summary>Whether the character is inside a longer dictionary word (the model then needs a margin of its own).</summary>
    public bool InsideWord => !Features.Contains("W:-");
}
