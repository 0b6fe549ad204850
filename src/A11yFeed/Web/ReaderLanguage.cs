using Microsoft.AspNetCore.Http.Headers;

namespace A11yFeed.Web;

/// <summary>
/// The language of the pages' own words (buttons, headings, dates), which is the reader's and not the article's:
/// a link chosen on the page (<c>?lang=zh</c>, kept in a cookie), else the browser's Accept-Language, else English.
/// Articles, titles and descriptions keep their own language and say so with their own lang attribute.
/// </summary>
internal static class ReaderLanguage
{
    public const string CookieName = "a11yfeed-lang";
    public const string Parameter = "lang";
    public const string Chinese = "zh-CN";
    public const string English = "en";

    /// <summary>The page language for <paramref name="request"/>: <see cref="Chinese"/> or <see cref="English"/>.</summary>
    public static string From(HttpRequest request) =>
        Parse(request.Cookies[CookieName]) ?? FromAcceptLanguage(request.GetTypedHeaders()) ?? English;

    /// <summary>The short value the link and the cookie carry.</summary>
    public static string Code(string language) => language == Chinese ? "zh" : "en";

    /// <summary>Stores a language given in the query and redirects to the page without it; null when there is none.</summary>
    public static IResult? ApplyFromQuery(HttpContext http)
    {
        var request = http.Request;
        if (!request.Query.TryGetValue(Parameter, out var values))
        {
            return null;
        }

        if (Parse(values.ToString()) is { } chosen)
        {
            http.Response.Cookies.Append(CookieName, Code(chosen), new CookieOptions
            {
                Path = request.PathBase.HasValue ? request.PathBase.Value : "/",
                MaxAge = TimeSpan.FromDays(400),
                SameSite = SameSiteMode.Lax,
                IsEssential = true,
            });
        }

        return Results.Redirect(ReaderPreferences.PageWithoutChoices(request), permanent: false, preserveMethod: false);
    }

    private static string? Parse(string? value) => value switch
    {
        "zh" => Chinese,
        "en" => English,
        _ => null,
    };

    /// <summary>
    /// The first language the browser asks for, by quality, that the pages speak: "fr, zh;q=0.8, en;q=0.5" gets
    /// Chinese, since the reader ranked it above English. Any "zh" (zh-TW and zh-HK too) reads the Chinese pages.
    /// </summary>
    private static string? FromAcceptLanguage(RequestHeaders headers)
    {
        // A header that does not parse reads as none: the browser's problem, never a reason to refuse the page.
        var accepted = headers.AcceptLanguage;
        // OrderByDescending is stable, so equal qualities keep the browser's own order.
        foreach (var entry in accepted.Where(e => (e.Quality ?? 1) > 0).OrderByDescending(e => e.Quality ?? 1))
        {
            var tag = entry.Value.Value ?? "";
            if (tag.Equals("zh", StringComparison.OrdinalIgnoreCase) || tag.StartsWith("zh-", StringComparison.OrdinalIgnoreCase))
            {
                return Chinese;
            }

            if (tag.Equals("en", StringComparison.OrdinalIgnoreCase) || tag.StartsWith("en-", StringComparison.OrdinalIgnoreCase))
            {
                return English;
            }
        }

        return null;
    }
}
