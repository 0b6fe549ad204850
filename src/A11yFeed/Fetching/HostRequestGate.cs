using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace A11yFeed.Fetching;

/// <summary>
/// Keeps requests to one host polite: at most <see cref="FetchOptions.PerHostConcurrency"/> at once and
/// at least <see cref="FetchOptions.MinDelayPerHost"/> between their starts, whichever source asks.
/// </summary>
public sealed class HostRequestGate(IOptions<FetchOptions> options, TimeProvider timeProvider)
{
    private readonly ConcurrentDictionary<string, HostSlot> _hosts = new(StringComparer.OrdinalIgnoreCase);

    public async Task<IDisposable> EnterAsync(Uri url, CancellationToken cancellationToken)
    {
        var slot = _hosts.GetOrAdd(url.Authority, _ => new HostSlot(options.Value.PerHostConcurrency));
        await slot.Semaphore.WaitAsync(cancellationToken);
        try
        {
            var wait = slot.ReserveStart(timeProvider.GetUtcNow(), options.Value.MinDelayPerHost);
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, timeProvider, cancellationToken);
            }

            return new Release(slot.Semaphore);
        }
        catch
        {
            slot.Semaphore.Release();
            throw;
        }
    }

    private sealed class HostSlot(int concurrency)
    {
        private readonly Lock _lock = new();
        private DateTimeOffset _nextStart = DateTimeOffset.MinValue;

        public SemaphoreSlim Semaphore { get; } = new(concurrency, concurrency);

        public TimeSpan ReserveStart(DateTimeOffset now, TimeSpan minDelay)
        {
            lock (_lock)
            {
                var start = now > _nextStart ? now : _nextStart;
                _nextStart = start + minDelay;
                return start - now;
            }
        }
    }

    private sealed class Release(SemaphoreSlim semaphore) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                semaphore.Release();
            }
        }
    }
}
