using A11yFeed.Fetching;

namespace A11yFeed.Tests.Fetching;

public sealed class InternalHostAllowListTests
{
    [Fact]
    public void Allows_ANameOnlyByThatName_AndAddressesByRange()
    {
        var allowed = new InternalHostAllowList(["news.intranet", "10.1.0.0/16", "192.168.5.5", " "]);

        Assert.True(allowed.Allows("news.intranet"));
        Assert.True(allowed.Allows("NEWS.intranet."));
        Assert.True(allowed.Allows("10.1.200.3"));
        Assert.True(allowed.Allows("192.168.5.5"));
        Assert.False(allowed.Allows("10.2.0.1"));
        Assert.False(allowed.Allows("192.168.5.6"));
        // A name is never allowed for the address it resolves to: a rebinding name cannot borrow an entry.
        Assert.False(allowed.Allows("evil.example"));
        Assert.False(allowed.Allows("localhost"));
    }

    [Theory]
    [InlineData("news.intranet", true)]
    [InlineData("10.0.0.0/8", true)]
    [InlineData("::1", true)]
    [InlineData("http://news.intranet/", false)]
    [InlineData("10.0.0.0/99", false)]
    public void IsValidEntry_AcceptsNamesAddressesAndRanges(string entry, bool valid) =>
        Assert.Equal(valid, InternalHostAllowList.IsValidEntry(entry));
}
