using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Options;
using Polly.Timeout;

namespace A11yFeed.Fetching;

/// <summary>
/// GETs documents over HTTP. Redirects are followed here rather than by the handler so that every hop
/// is checked against robots.txt and counted against its own host's limits.
/// </summary>
public sealed class HttpDocumentFetcher(
    IHttpClientFactory httpClientFactory,
    RobotsTxtCache robots,
    HostRequestGate gate,
    IOptions<FetchOptions> options,
    TimeProvider clock,
    ILogger<HttpDocumentFetcher> logger) : IDocumentFetcher
{
    public const string ClientName = "A11yFeed.Fetch";

    public async Task<FetchedDocument> FetchAsync(Uri url, FetchValidators? validators, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var current = url;
        for (var hop = 0; ; hop++)
        {
            if (current.Scheme != Uri.UriSchemeHttp && current.Scheme != Uri.UriSchemeHttps)
            {
                throw new FetchException($"{current} is not an http(s) URL", isTransient: false);
            }

            if (settings.RespectRobotsTxt && !await robots.IsAllowedAsync(current, cancellationToken))
            {
                throw new FetchException($"{current} is disallowed by the site's robots.txt", isTransient: false);
            }

            try
            {
                using (await gate.EnterAsync(current, cancellationToken))
                {
                    // Each attempt has its own timeout in the resilience pipeline; the body gets a fresh one.
                    using var response = await SendAsync(current, validators, cancellationToken);
                    if (IsRedirect(response.StatusCode) && response.Headers.Location is { } location)
                    {
                        if (hop >= settings.MaxRedirects)
                        {
                            throw new FetchException($"{url} redirected more than {settings.MaxRedirects} times (Fetch:MaxRedirects)", isTransient: false);
                        }

                        logger.LogDebug("{Url} redirects to {Location}", current, location);
                        current = new Uri(current, location);
                        continue;
                    }

                    using var deadline = new CancellationTokenSource(settings.Timeout, clock);
                    using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
                    return await ReadAsync(current, response, validators, timeout.Token);
                }
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested
                && ex is OperationCanceledException or TimeoutRejectedException)
            {
                throw new FetchException($"{current} timed out after {settings.Timeout.TotalSeconds:0.#} s", isTransient: true, ex);
            }
            catch (HttpRequestException ex) when (FetchingServiceCollectionExtensions.IsRefused(ex))
            {
                throw new FetchException($"{current} was not fetched: {ex.InnerException!.Message}", isTransient: false, ex);
            }
            catch (HttpRequestException ex)
            {
                throw new FetchException($"{current} could not be reached ({ex.HttpRequestError})", isTransient: true, ex);
            }
        }
    }

    private async Task<HttpResponseMessage> SendAsync(Uri url, FetchValidators? validators, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("User-Agent", options.Value.UserAgent);
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        if (validators?.ETag is { } etag && EntityTagHeaderValue.TryParse(etag, out var tag))
        {
            request.Headers.IfNoneMatch.Add(tag);
        }

        if (validators?.LastModified is { } lastModified)
        {
            request.Headers.IfModifiedSince = lastModified;
        }

        using var client = httpClientFactory.CreateClient(ClientName);
        return await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
    }

    private async Task<FetchedDocument> ReadAsync(Uri url, HttpResponseMessage response, FetchValidators? sent, CancellationToken cancellationToken)
    {
        var received = new FetchValidators(
            response.Headers.ETag?.ToString(),
            response.Content.Headers.LastModified);
        if (response.StatusCode == HttpStatusCode.NotModified)
        {
            return new FetchedDocument(url, true, "", null, null, Merge(received, sent));
        }

        if (!response.IsSuccessStatusCode)
        {
            var code = (int)response.StatusCode;
            var transient = code >= 500 || code is 408 or 429;
            throw new FetchException($"HTTP {code} {response.ReasonPhrase} from {url}", transient);
        }

        var contentType = response.Content.Headers.ContentType;
        if (!TextMediaTypes.IsText(contentType?.MediaType))
        {
            throw new FetchException($"{url} is not a text document (Content-Type {contentType?.MediaType})", isTransient: false);
        }

        var bytes = await ResponseReader.ReadCappedAsync(response, options.Value.MaxResponseBytes, cancellationToken);
        if (CharsetDecoder.LooksBinary(bytes, contentType?.CharSet))
        {
            throw new FetchException($"{url} looks like binary data, not text", isTransient: false);
        }

        var decoded = CharsetDecoder.Decode(bytes, contentType?.CharSet);
        return new FetchedDocument(url, false, decoded.Text, contentType?.MediaType, decoded.Charset, received);
    }

    // A 304 may leave out validators the server sent before; keep those so the next poll is conditional too.
    private static FetchValidators Merge(FetchValidators received, FetchValidators? sent) =>
        new(received.ETag ?? sent?.ETag, received.LastModified ?? sent?.LastModified);

    private static bool IsRedirect(HttpStatusCode status) =>
        status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found or HttpStatusCode.SeeOther
            or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;
}
