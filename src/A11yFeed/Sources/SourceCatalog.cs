namespace A11yFeed.Sources;

/// <summary>The sources this instance serves, as loaded and validated at start.</summary>
public sealed class SourceCatalog(IEnumerable<SourceDefinition> sources)
{
    private readonly Dictionary<string, SourceDefinition> _byId =
        sources.ToDictionary(s => s.Id, StringComparer.Ordinal);

    public IReadOnlyCollection<SourceDefinition> All => _byId.Values;

    public SourceDefinition? Find(string id) => _byId.GetValueOrDefault(id);
}
