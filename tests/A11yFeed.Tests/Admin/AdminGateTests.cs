using System.Net;
using System.Text.RegularExpressions;
using A11yFeed.Jobs;
using A11yFeed.Tests.Hosting;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace A11yFeed.Tests.Admin;

/// <summary>
/// The admin surface trusted by loopback (the default), against pages in the local browser: other sites' forms
/// (CSRF) and other sites' names rebound to 127.0.0.1 (DNS rebinding).
/// </summary>
[Collection(ApplicationCollection.Name)]
public sealed partial class AdminGateTests : IDisposable
{
    private const string Schedule = SourceSchedule.RecurringJobId;
    private readonly A11yFeedApplication _app;

    public AdminGateTests()
    {
        _app = new A11yFeedApplication()
            .With("Feeds:PublicBaseUrl", "https://news.example.org/")
            .With("Admin:AllowedHosts:0", "admin.example.org");
        var empty = Directory.CreateDirectory(Path.Combine(_app.Root, "empty")).FullName;
        _app.WithSource("quiet", new { title = "Quiet", kind = "folder", location = empty });
    }

    public void Dispose() => _app.Dispose();

    [Theory]
    [InlineData("Origin", "http://evil.example")]
    [InlineData("Origin", "null")]
    [InlineData("Origin", "http://localhost:8080")]
    [InlineData("Sec-Fetch-Site", "cross-site")]
    public async Task PollNow_SentByAnotherSitesPage_IsRefused(string header, string value)
    {
        using var client = _app.CreateClient();

        var response = await client.SendAsync(FormPost("/admin/sources/quiet/poll", (header, value)));

        // A cross-site form reached this through the loopback trust and answered 202.
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("Origin", "http://localhost")]
    [InlineData("Origin", "https://news.example.org")]
    [InlineData("Sec-Fetch-Site", "same-origin")]
    [InlineData("User-Agent", "curl/8.5.0")]
    public async Task PollNow_FromTheSiteItselfOrAScript_IsAccepted(string header, string value)
    {
        using var client = _app.CreateClient();

        var response = await client.SendAsync(FormPost("/admin/sources/quiet/poll", (header, value)));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    [Fact]
    public async Task Dashboard_AnotherSitesFormCannotRemoveASchedule()
    {
        using var client = _app.CreateClient();
        await WaitForScheduleAsync();

        var response = await client.SendAsync(FormPost("/hangfire/recurring/remove", ("Origin", "http://evil.example"), ("jobs[]", Schedule)));

        // A cross-site form deleted a source's schedule through /hangfire/recurring/remove.
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains(Schedule, RecurringJobIds());
    }

    [Fact]
    public async Task Dashboard_ActionsNeedTheTokenOfItsOwnPages()
    {
        using var client = _app.CreateClient();
        await WaitForScheduleAsync();

        var withoutToken = await client.SendAsync(FormPost("/hangfire/recurring/remove", ("Origin", "http://localhost"), ("jobs[]", Schedule)));
        var stillThere = RecurringJobIds();
        var page = await client.GetStringAsync(new Uri("/hangfire/recurring", UriKind.Relative));
        var header = CsrfHeader().Match(page).Groups[1].Value;
        var token = CsrfToken().Match(page).Groups[1].Value;
        var withToken = await client.SendAsync(FormPost("/hangfire/recurring/remove", ("Origin", "http://localhost"), (header, token), ("jobs[]", Schedule)));

        Assert.Equal(HttpStatusCode.Forbidden, withoutToken.StatusCode);
        Assert.Contains(Schedule, stillThere);
        Assert.NotEqual("", token);
        Assert.True(withToken.IsSuccessStatusCode, $"the dashboard's own form answered {withToken.StatusCode}");
        Assert.DoesNotContain(Schedule, RecurringJobIds());
    }

    [Theory]
    [InlineData("http://evil.example/admin/sources")]
    [InlineData("http://evil.example:5080/hangfire")]
    [InlineData("http://localhost.evil.example/admin/sources")]
    public async Task AdminSurface_UnderAnotherName_IsRefused(string address)
    {
        using var client = _app.CreateClient();

        var response = await client.GetAsync(new Uri(address));

        // "Host: evil.example" was accepted, so a page whose name was rebound to 127.0.0.1 could read and drive it.
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("http://localhost/admin/sources")]
    [InlineData("http://127.0.0.1:5080/admin/sources")]
    [InlineData("http://[::1]:5080/hangfire")]
    [InlineData("http://news.example.org/admin/sources")]
    [InlineData("http://ADMIN.example.org/hangfire")]
    public async Task AdminSurface_UnderItsOwnNames_Answers(string address)
    {
        using var client = _app.CreateClient();

        var response = await client.GetAsync(new Uri(address));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task PublicPages_AnswerUnderAnyName()
    {
        using var client = _app.CreateClient();

        var response = await client.GetAsync(new Uri("http://evil.example/feeds/all.rss"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static HttpRequestMessage FormPost(string path, params (string Name, string Value)[] parts)
    {
        var headers = parts.Where(p => !p.Name.StartsWith("jobs", StringComparison.Ordinal)).ToList();
        var form = parts.Where(p => p.Name.StartsWith("jobs", StringComparison.Ordinal))
            .Select(p => new KeyValuePair<string, string>(p.Name, p.Value)).ToList();
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative))
        {
            Content = new FormUrlEncodedContent(form),
        };
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return request;
    }

    private async Task WaitForScheduleAsync() =>
        await _app.WaitUntilAsync("the source's schedule exists", _ => Task.FromResult(RecurringJobIds().Contains(Schedule)), TimeSpan.FromSeconds(30));

    private List<string> RecurringJobIds()
    {
        using var connection = _app.Services.GetRequiredService<JobStorage>().GetConnection();
        return connection.GetRecurringJobs().Select(j => j.Id).ToList();
    }

    [GeneratedRegex("<meta name=\"csrf-header\" content=\"([^\"]+)\"")]
    private static partial Regex CsrfHeader();

    [GeneratedRegex("<meta name=\"csrf-token\" content=\"([^\"]+)\"")]
    private static partial Regex CsrfToken();
}
