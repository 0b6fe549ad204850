using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace A11yFeed.Tests.Fetching;

/// <summary>
/// A real HTTP server on 127.0.0.1 with a free port, for tests. Map a path (optionally with its query) to
/// responses; the n-th request to a path gets the n-th response (the last one repeats). Unmapped paths
/// answer 404. Counts requests per path, keeps their headers, and measures how many ran at once.
/// </summary>
public sealed class LoopbackSite : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, LoopbackResponse[]> _routes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Func<HttpContext, Task>> _handlers = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ConcurrentQueue<IHeaderDictionary>> _requests = new(StringComparer.Ordinal);
    private int _inFlight;
    private int _maxConcurrent;

    private LoopbackSite(WebApplication app) => _app = app;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>How long each response waits before it is written, to let concurrency show.</summary>
    public TimeSpan ResponseDelay { get; set; }

    /// <summary>The most requests the server was handling at the same moment.</summary>
    public int MaxConcurrent => Volatile.Read(ref _maxConcurrent);

    public static async Task<LoopbackSite> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        var site = new LoopbackSite(builder.Build());
        site._app.Urls.Add("http://127.0.0.1:0");
        site._app.Run(site.HandleAsync);
        await site._app.StartAsync();
        var address = site._app.Urls.First();
        site.BaseAddress = new Uri(address);
        return site;
    }

    public Uri Url(string pathAndQuery) => new(BaseAddress, pathAndQuery);

    public LoopbackSite Map(string pathAndQuery, params LoopbackResponse[] responses)
    {
        _routes[pathAndQuery] = responses;
        return this;
    }

    public LoopbackSite Map(string pathAndQuery, int status, string? contentType, byte[] body, IReadOnlyDictionary<string, string>? headers = null) =>
        Map(pathAndQuery, new LoopbackResponse(status, contentType, body, headers));

    /// <summary>Answers <paramref name="pathAndQuery"/> with custom code, e.g. a 304 only when If-None-Match matches.</summary>
    public LoopbackSite MapHandler(string pathAndQuery, Func<HttpContext, Task> handler)
    {
        _handlers[pathAndQuery] = handler;
        return this;
    }

    public int RequestCount(string path) => _requests.TryGetValue(path, out var list) ? list.Count : 0;

    /// <summary>The request headers of every request to <paramref name="path"/>, in arrival order.</summary>
    public IReadOnlyList<IHeaderDictionary> Requests(string path) => _requests.TryGetValue(path, out var list) ? [.. list] : [];

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var now = Interlocked.Increment(ref _inFlight);
        int seen;
        while (now > (seen = Volatile.Read(ref _maxConcurrent)) && Interlocked.CompareExchange(ref _maxConcurrent, now, seen) != seen)
        {
        }

        try
        {
            var path = context.Request.Path.Value ?? "/";
            var pathAndQuery = path + context.Request.QueryString.Value;
            var queue = _requests.GetOrAdd(path, _ => new ConcurrentQueue<IHeaderDictionary>());
            queue.Enqueue(new HeaderDictionary(context.Request.Headers.ToDictionary(h => h.Key, h => h.Value)));
            var index = queue.Count - 1;

            if (ResponseDelay > TimeSpan.Zero)
            {
                await Task.Delay(ResponseDelay, context.RequestAborted);
            }

            if (_handlers.TryGetValue(pathAndQuery, out var handler) || _handlers.TryGetValue(path, out handler))
            {
                await handler(context);
                return;
            }

            if (!_routes.TryGetValue(pathAndQuery, out var responses) && !_routes.TryGetValue(path, out responses))
            {
                context.Response.StatusCode = 404;
                return;
            }

            var response = responses[Math.Min(index, responses.Length - 1)];
            context.Response.StatusCode = response.Status;
            if (response.ContentType is not null)
            {
                context.Response.ContentType = response.ContentType;
            }

            foreach (var (name, value) in response.Headers ?? new Dictionary<string, string>())
            {
                context.Response.Headers[name] = value;
            }

            if (response.Status != 304 && response.Body.Length > 0)
            {
                await context.Response.Body.WriteAsync(response.Body);
            }
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client gave up (a timeout test); nothing left to answer.
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }
}
