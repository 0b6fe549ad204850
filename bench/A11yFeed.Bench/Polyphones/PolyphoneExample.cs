namespace A11yFeed.Bench.Polyphones;

/// <summary>A labelled sentence's marked character as the model sees it: the reading it gets otherwise, and its features.</summary>
internal sealed record PolyphoneExample(int Fold, char Character, string Otherwise, List<string> Features, string Label);
