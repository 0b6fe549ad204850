namespace A11yFeed.Model;

/// <summary>The feed of every source together; no source may take its id.</summary>
public static class CombinedFeed
{
    public const string Id = "all";
}
