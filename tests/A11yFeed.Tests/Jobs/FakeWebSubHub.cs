using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace A11yFeed.Tests.Jobs;

/// <summary>A WebSub hub on loopback Kestrel that records every form POSTed to it and answers <see cref="Status"/>.</summary>
public sealed class FakeWebSubHub : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Lock _gate = new();
    private readonly List<(int Count, TaskCompletionSource Done)> _waiters = [];

    private FakeWebSubHub(WebApplication app) => _app = app;

    public ConcurrentQueue<Dictionary<string, string>> Posts { get; } = new();

    public int Status { get; set; } = StatusCodes.Status204NoContent;

    public Uri Url { get; private set; } = null!;

    public static async Task<FakeWebSubHub> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var hub = new FakeWebSubHub(app);
        app.MapPost("/hub", async (HttpRequest request) =>
        {
            var form = await request.ReadFormAsync();
            hub.Posts.Enqueue(form.ToDictionary(f => f.Key, f => f.Value.ToString()));
            hub.Notify();
            return Results.StatusCode(hub.Status);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        hub.Url = new Uri(address.TrimEnd('/') + "/hub");
        return hub;
    }

    /// <summary>The hub.url of every publish notice so far.</summary>
    public List<string> PublishedUrls() =>
        [.. Posts.Where(p => p.GetValueOrDefault("hub.mode") == "publish").Select(p => p["hub.url"])];

    /// <summary>
    /// Completes when the hub has heard <paramref name="count"/> publish notices. The bound is for the ping jobs,
    /// which Hangfire workers run, to finish at all; no clock is being tested.
    /// </summary>
    public Task PublishedAsync(int count, TimeSpan bound)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            _waiters.Add((count, done));
        }

        Notify();
        return done.Task.WaitAsync(bound);
    }

    private void Notify()
    {
        var published = PublishedUrls().Count;
        lock (_gate)
        {
            foreach (var waiter in _waiters.Where(w => published >= w.Count).ToList())
            {
                waiter.Done.TrySetResult();
                _waiters.Remove(waiter);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
