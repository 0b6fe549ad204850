namespace A11yFeed.Bench.Extraction;

/// <summary>One page of a corpus, decoded, with whatever labels that corpus has.</summary>
internal sealed record CorpusPage(string Id, Uri Url, string Html)
{
    public string? ExpectedBody { get; init; }
    public string? ExpectedAuthor { get; init; }
    public string? ExpectedDate { get; init; }
    public string? ExpectedTitle { get; init; }

    /// <summary>The registrable domain the page came from (or its id when nothing tells): the unit cross-validation keeps together.</summary>
    public string Site { get; init; } = string.Empty;
}
