using A11yFeed.Model;

namespace A11yFeed.Tests.Model;

public class ItemGuidTests
{
    [Fact]
    public void NameBased_MatchesTheRfcVersion5Example()
    {
        // RFC 9562 appendix A.4: the DNS namespace and "www.example.com".
        var dns = new Guid("6ba7b810-9dad-11d1-80b4-00c04fd430c8");

        Assert.Equal(new Guid("2ed6657d-e927-568b-95e1-2665a8aea6a2"), ItemGuid.NameBased(dns, "www.example.com"));
    }

    [Fact]
    public void For_IsStableAndDiffersBySourceAndUrl()
    {
        var guid = ItemGuid.For("demo", "https://example.org/a.html");

        Assert.Equal(guid, ItemGuid.For("demo", "https://example.org/a.html"));
        Assert.StartsWith("urn:uuid:", guid, StringComparison.Ordinal);
        Assert.NotEqual(guid, ItemGuid.For("other", "https://example.org/a.html"));
        Assert.NotEqual(guid, ItemGuid.For("demo", "https://example.org/b.html"));
    }
}
