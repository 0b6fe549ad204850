namespace A11yFeed.Sources;

/// <summary>One or more source definition files are invalid; <see cref="Problems"/> lists each, naming file and field.</summary>
public sealed class SourceDefinitionException(IReadOnlyList<string> problems)
    : Exception(FormatMessage(problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;

    private static string FormatMessage(IReadOnlyList<string> problems) =>
        $"{problems.Count} problem(s) in source definitions:{Environment.NewLine}"
        + string.Join(Environment.NewLine, problems.Select(p => "  - " + p));
}
