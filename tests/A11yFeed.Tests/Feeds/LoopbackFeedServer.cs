using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace A11yFeed.Tests.Feeds;

/// <summary>Serves fixed feed documents on loopback Kestrel, for outside readers that only fetch over HTTP.</summary>
public sealed class LoopbackFeedServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LoopbackFeedServer(WebApplication app, Uri baseUri)
    {
        _app = app;
        Base = baseUri;
    }

    public Uri Base { get; }

    /// <summary>Serves each document at /{name} with its content type.</summary>
    public static async Task<LoopbackFeedServer> StartAsync(IReadOnlyDictionary<string, (byte[] Body, string ContentType)> documents)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapGet("/{name}", (string name) =>
            documents.TryGetValue(name, out var document) ? Results.Bytes(document.Body, document.ContentType) : Results.NotFound());
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new LoopbackFeedServer(app, new Uri(address.TrimEnd('/') + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
