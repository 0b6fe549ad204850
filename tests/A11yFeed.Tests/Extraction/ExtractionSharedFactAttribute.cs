namespace A11yFeed.Tests.Extraction;

/// <summary>A fact that needs the outside corpora at ../shared; skipped in a fresh clone without them.</summary>
public sealed class ExtractionSharedFactAttribute : FactAttribute
{
    public ExtractionSharedFactAttribute()
    {
        if (!Directory.Exists(ExtractionPaths.Shared))
        {
            Skip = $"Outside corpora not present at {ExtractionPaths.Shared}.";
        }
    }
}
