using A11yFeed.Fetching;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace A11yFeed.Tests.Fetching;

public sealed class HostRequestGateTests
{
    private static readonly Uri Host = new("http://site.example/a");

    [Fact]
    public async Task Enter_WaitsTheMinimumDelayBetweenRequestsToOneHost()
    {
        var time = new FakeTimeProvider();
        var gate = new HostRequestGate(Options.Create(new FetchOptions { MinDelayPerHost = TimeSpan.FromSeconds(1) }), time);

        (await gate.EnterAsync(Host, default)).Dispose();
        var second = gate.EnterAsync(Host, default);
        var otherHost = gate.EnterAsync(new Uri("http://other.example/"), default);

        Assert.True(otherHost.IsCompleted);
        Assert.False(second.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(999));
        Assert.False(second.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(1));
        (await second).Dispose();
    }

    [Fact]
    public async Task Enter_LetsOneRequestInAtATime()
    {
        var gate = new HostRequestGate(Options.Create(new FetchOptions { MinDelayPerHost = TimeSpan.Zero }), new FakeTimeProvider());

        var first = await gate.EnterAsync(Host, default);
        var second = gate.EnterAsync(Host, default);

        Assert.False(second.IsCompleted);
        first.Dispose();
        (await second.WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
    }
}
