namespace A11yFeed.Bench.Extraction;

/// <summary>One extractor's numbers on one corpus. Counts are null where the corpus has no such label.</summary>
internal sealed record CorpusScore
{
    public required string Extractor { get; init; }
    public required int Pages { get; init; }
    public double? Precision { get; init; }
    public double? Recall { get; init; }
    public double? F1 { get; init; }
    public Tally? Author { get; init; }
    public Tally? Date { get; init; }
    public Tally? TitleEqual { get; init; }
    public Tally? TitleHeadline { get; init; }
    public Tally? TitleAndBody { get; init; }
    public required double PagesPerSecond { get; init; }
    public double SlowestPageMs { get; init; }
    public List<PageScore> PageScores { get; init; } = [];
}

internal sealed record Tally(int Correct, int Of)
{
    public override string ToString() => Of == 0 ? "n/a" : $"{Correct}/{Of} ({100.0 * Correct / Of:F0}%)";
}

internal sealed record PageScore(string Id, double Precision, double Recall, bool? AuthorRight, bool? DateRight);

/// <summary>Both extractors on one corpus, measured in the same run.</summary>
internal sealed record CorpusComparison(string Corpus, CorpusScore Ours, CorpusScore Baseline);
