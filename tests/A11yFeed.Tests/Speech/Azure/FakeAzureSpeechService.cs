using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace A11yFeed.Tests.Speech.Azure;

/// <summary>What the fake does with the next synthesis request instead of answering with speech.</summary>
public enum AzureFault
{
    TooManyRequests,
    ServerError,
    Unauthorized,
    BadRequest,
    Hang,
    NotAudio,
    BrokenAudio,
}

/// <summary>One synthesis request as the fake understood it.</summary>
public sealed record AzureSynthesisCall(string Language, string Voice, string Rate, string Text);

/// <summary>
/// The Azure text to speech REST API on 127.0.0.1: issueToken and cognitiveservices/v1. It checks every request
/// as the documentation describes it (method, path, key on the token request, an issued bearer token, SSML
/// content type, output format, user agent, well-formed SSML with speak/voice/xml:lang) and records each breach
/// in <see cref="Violations"/>, which tests assert empty. It answers with real speech: the SSML's text spoken by
/// espeak-ng and encoded by lame as 24 kHz mono MP3. Faults can be queued for the next synthesis requests.
/// </summary>
public sealed partial class FakeAzureSpeechService : IAsyncDisposable
{
    public const string Key = "fake-azure-key-7c41d2e9b8a3";
    public const string TokenPath = "/sts/v1.0/issueToken";
    public const string SynthesisPath = "/cognitiveservices/v1";
    public const string OutputFormat = "audio-24khz-96kbitrate-mono-mp3";
    private const string SsmlNamespace = "http://www.w3.org/2001/10/synthesis";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<AzureFault> _faults = new();
    private readonly ConcurrentDictionary<string, bool> _validTokens = new();
    private readonly ConcurrentQueue<string> _violations = new();
    private readonly ConcurrentQueue<AzureSynthesisCall> _calls = new();
    private int _tokenRequests;
    private int _tokenFailures;
    private int _synthesisRequests;

    private FakeAzureSpeechService(WebApplication app) => _app = app;

    public Uri BaseAddress { get; private set; } = null!;

    public Uri SynthesisEndpoint => new(BaseAddress, SynthesisPath);

    public Uri TokenEndpoint => new(BaseAddress, TokenPath);

    /// <summary>The voice every request must name, when set.</summary>
    public string? ExpectedVoice { get; set; }

    /// <summary>The most text characters one request may carry.</summary>
    public int MaxTextChars { get; set; } = 1000;

    /// <summary>Seconds sent in Retry-After with a 429.</summary>
    public int RetryAfterSeconds { get; set; } = 1;

    /// <summary>The explanation sent with a 400.</summary>
    public string BadRequestText { get; set; } = "SSML is invalid: unknown voice";

    public IReadOnlyList<string> Violations => [.. _violations];

    public IReadOnlyList<AzureSynthesisCall> Calls => [.. _calls];

    public int TokenRequests => Volatile.Read(ref _tokenRequests);

    public int SynthesisRequests => Volatile.Read(ref _synthesisRequests);

    public static async Task<FakeAzureSpeechService> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        var fake = new FakeAzureSpeechService(builder.Build());
        fake._app.Urls.Add("http://127.0.0.1:0");
        fake._app.Run(fake.HandleAsync);
        await fake._app.StartAsync();
        fake.BaseAddress = new Uri(fake._app.Urls.First());
        return fake;
    }

    /// <summary>The next <paramref name="times"/> synthesis requests meet <paramref name="fault"/>.</summary>
    public FakeAzureSpeechService Fail(AzureFault fault, int times = 1)
    {
        for (var i = 0; i < times; i++)
        {
            _faults.Enqueue(fault);
        }

        return this;
    }

    /// <summary>The next <paramref name="times"/> token requests answer 503 with Retry-After: 0.</summary>
    public FakeAzureSpeechService FailTokens(int times)
    {
        Interlocked.Add(ref _tokenFailures, times);
        return this;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        try
        {
            var path = context.Request.Path.Value;
            if (path == TokenPath)
            {
                await IssueTokenAsync(context);
            }
            else if (path == SynthesisPath)
            {
                await SynthesizeAsync(context);
            }
            else
            {
                Violation($"request to unknown path {path}");
                context.Response.StatusCode = 404;
            }
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client gave up on a hung request.
        }
    }

    private async Task IssueTokenAsync(HttpContext context)
    {
        Interlocked.Increment(ref _tokenRequests);
        var request = context.Request;
        Check(request.Method == "POST", $"token request used {request.Method}");
        Check(request.Headers.Authorization.Count == 0, "token request carried an Authorization header");
        if (request.Headers["Ocp-Apim-Subscription-Key"] != Key)
        {
            Violation("token request without the subscription key");
            context.Response.StatusCode = 401;
            await context.Response.WriteAsync("Access denied due to invalid subscription key.");
            return;
        }

        if (Interlocked.Decrement(ref _tokenFailures) >= 0)
        {
            context.Response.StatusCode = 503;
            context.Response.Headers.RetryAfter = "0";
            return;
        }

        Interlocked.Exchange(ref _tokenFailures, 0);
        var token = "tok-" + Guid.NewGuid().ToString("N");
        _validTokens[token] = true;
        context.Response.ContentType = "text/plain";
        await context.Response.WriteAsync(token);
    }

    private async Task SynthesizeAsync(HttpContext context)
    {
        Interlocked.Increment(ref _synthesisRequests);
        var request = context.Request;
        Check(request.Method == "POST", $"synthesis used {request.Method}");
        Check(request.ContentType?.StartsWith("application/ssml+xml", StringComparison.Ordinal) == true, $"Content-Type was {request.ContentType}");
        Check(request.Headers["X-Microsoft-OutputFormat"] == OutputFormat, $"X-Microsoft-OutputFormat was {request.Headers["X-Microsoft-OutputFormat"]}");
        Check(!string.IsNullOrWhiteSpace(request.Headers.UserAgent), "no User-Agent");
        Check(request.Headers["Ocp-Apim-Subscription-Key"].Count == 0, "the key was sent with a synthesis request");
        var authorization = request.Headers.Authorization.ToString();
        var token = authorization.StartsWith("Bearer ", StringComparison.Ordinal) ? authorization["Bearer ".Length..] : null;
        if (token is null || !_validTokens.TryGetValue(token, out var valid))
        {
            Violation($"synthesis with a token that was never issued: '{authorization}'");
            context.Response.StatusCode = 401;
            return;
        }

        if (!valid)
        {
            // Revoked (an "expired" token): a correct client asks for a new one.
            context.Response.StatusCode = 401;
            return;
        }

        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var call = ParseSsml(await reader.ReadToEndAsync(context.RequestAborted));
        if (call is null)
        {
            context.Response.StatusCode = 400;
            return;
        }

        _calls.Enqueue(call);
        if (_faults.TryDequeue(out var fault))
        {
            await AnswerFaultAsync(context, fault, token);
            return;
        }

        var mp3 = await SpeakAsync(call, context.RequestAborted);
        context.Response.ContentType = "audio/mpeg";
        await context.Response.Body.WriteAsync(mp3, context.RequestAborted);
    }

    private async Task AnswerFaultAsync(HttpContext context, AzureFault fault, string token)
    {
        switch (fault)
        {
            case AzureFault.TooManyRequests:
                context.Response.StatusCode = 429;
                context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                break;
            case AzureFault.ServerError:
                context.Response.StatusCode = 500;
                break;
            case AzureFault.Unauthorized:
                _validTokens[token] = false;
                context.Response.StatusCode = 401;
                break;
            case AzureFault.BadRequest:
                context.Response.StatusCode = 400;
                await context.Response.WriteAsync(BadRequestText);
                break;
            case AzureFault.Hang:
                await Task.Delay(Timeout.Infinite, context.RequestAborted);
                break;
            case AzureFault.NotAudio:
                context.Response.ContentType = "text/html";
                await context.Response.WriteAsync("<html><body>Service temporarily moved</body></html>");
                break;
            case AzureFault.BrokenAudio:
                context.Response.ContentType = "audio/mpeg";
                await context.Response.Body.WriteAsync(Encoding.ASCII.GetBytes(new string('x', 4000)));
                break;
        }
    }

    private AzureSynthesisCall? ParseSsml(string ssml)
    {
        XDocument document;
        try
        {
            document = XDocument.Parse(ssml);
        }
        catch (XmlException ex)
        {
            Violation($"SSML is not well-formed ({ex.Message}): {ssml}");
            return null;
        }

        XNamespace ns = SsmlNamespace;
        var speak = document.Root!;
        var language = (string?)speak.Attribute(XNamespace.Xml + "lang") ?? "";
        var voices = speak.Elements(ns + "voice").ToList();
        Check(speak.Name == ns + "speak", $"root element is {speak.Name}");
        Check((string?)speak.Attribute("version") == "1.0", "speak has no version 1.0");
        Check(LanguageTag().IsMatch(language), $"xml:lang is '{language}'");
        if (voices.Count != 1)
        {
            Violation($"expected one voice element, got {voices.Count}: {ssml}");
            return null;
        }

        var voice = (string?)voices[0].Attribute("name") ?? "";
        Check(ExpectedVoice is null || voice == ExpectedVoice, $"voice was '{voice}', expected '{ExpectedVoice}'");
        var prosody = voices[0].Element(ns + "prosody");
        var rate = (string?)prosody?.Attribute("rate") ?? "";
        Check(RatePattern().IsMatch(rate), $"prosody rate was '{rate}'");
        Check(voices[0].Elements().Count() == 1 && prosody?.HasElements == false, $"text carried markup: {ssml}");
        var text = voices[0].Value;
        Check(text.Trim().Length > 0, "empty text");
        Check(text.Length <= MaxTextChars, $"text of {text.Length} characters exceeds {MaxTextChars}");
        return new AzureSynthesisCall(language, voice, rate, text);
    }

    /// <summary>espeak-ng --stdout | lame, as two real processes joined by a pipe.</summary>
    private static async Task<byte[]> SpeakAsync(AzureSynthesisCall call, CancellationToken cancellationToken)
    {
        var voice = call.Language.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? "cmn" : "en-us";
        using var espeak = Process.Start(new ProcessStartInfo("espeak-ng", ["--stdout", "-v", voice])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            StandardInputEncoding = new UTF8Encoding(false),
        })!;
        using var lame = Process.Start(new ProcessStartInfo("lame", ["--quiet", "-m", "m", "-b", "96", "--resample", "24", "-", "-"])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
        })!;
        await espeak.StandardInput.WriteAsync(call.Text);
        espeak.StandardInput.Close();
        var pipe = Task.Run(async () =>
        {
            await espeak.StandardOutput.BaseStream.CopyToAsync(lame.StandardInput.BaseStream, cancellationToken);
            lame.StandardInput.Close();
        }, cancellationToken);
        using var mp3 = new MemoryStream();
        await lame.StandardOutput.BaseStream.CopyToAsync(mp3, cancellationToken);
        await pipe;
        await Task.WhenAll(espeak.WaitForExitAsync(cancellationToken), lame.WaitForExitAsync(cancellationToken));
        return espeak.ExitCode == 0 && lame.ExitCode == 0
            ? mp3.ToArray()
            : throw new InvalidOperationException($"espeak-ng exited {espeak.ExitCode}, lame {lame.ExitCode}");
    }

    private void Check(bool condition, string violation)
    {
        if (!condition)
        {
            Violation(violation);
        }
    }

    private void Violation(string text) => _violations.Enqueue(text);

    [GeneratedRegex("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")]
    private static partial Regex LanguageTag();

    [GeneratedRegex("^[+-]?[0-9]{1,3}%$")]
    private static partial Regex RatePattern();
}
