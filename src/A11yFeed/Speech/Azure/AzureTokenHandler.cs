using System.Net;
using System.Net.Http.Headers;

namespace A11yFeed.Speech.Azure;

/// <summary>
/// Puts the bearer token on every synthesis attempt. Tokens can expire or be revoked before our reuse window ends,
/// so a 401 fetches one fresh token and tries again once; a second 401 goes back to the caller as the answer.
/// </summary>
internal sealed class AzureTokenHandler(AzureTokenProvider tokens, ILogger<AzureTokenHandler> logger) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var token = await tokens.GetAsync(cancellationToken);
        var response = await SendWithAsync(token, request, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Unauthorized)
        {
            return response;
        }

        logger.LogInformation("Azure speech rejected its token; fetching a new one");
        response.Dispose();
        tokens.Invalidate(token);
        return await SendWithAsync(await tokens.GetAsync(cancellationToken), request, cancellationToken);
    }

    private async Task<HttpResponseMessage> SendWithAsync(string token, HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await base.SendAsync(request, cancellationToken);
        // Read the answer whole inside the attempt, so its timeout and retries also cover a body that stalls or drops.
        await response.Content.LoadIntoBufferAsync(cancellationToken);
        return response;
    }
}
