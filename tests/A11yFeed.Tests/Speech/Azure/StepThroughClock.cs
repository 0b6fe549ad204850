using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;

namespace A11yFeed.Tests.Speech.Azure;

/// <summary>
/// A fake clock on which a test sees each wait the code starts and lets it pass at once, by advancing the clock by
/// exactly that wait. Waits of <paramref name="shortestIgnored"/> or longer (a per-attempt timeout) stay pending.
/// </summary>
internal sealed class StepThroughClock(DateTimeOffset start, TimeSpan shortestIgnored) : FakeTimeProvider(start)
{
    private readonly Channel<TimeSpan> _waits = Channel.CreateUnbounded<TimeSpan>();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        if (dueTime > TimeSpan.Zero && dueTime < shortestIgnored)
        {
            _waits.Writer.TryWrite(dueTime);
        }

        return timer;
    }

    /// <summary>Lets every short wait pass as soon as it starts, until <paramref name="work"/> ends; returns the waits in order.</summary>
    public async Task<IReadOnlyList<TimeSpan>> PassWaitsUntilAsync(Task work)
    {
        var waits = new List<TimeSpan>();
        while (true)
        {
            var next = _waits.Reader.WaitToReadAsync().AsTask();
            await Task.WhenAny(work, next);
            if (!_waits.Reader.TryRead(out var wait))
            {
                await work;
                return waits;
            }

            waits.Add(wait);
            Advance(wait);
        }
    }
}
